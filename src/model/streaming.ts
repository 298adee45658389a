// Reads a streamed chat completion (server-sent events) into one answer, timing the first token.
//
// Time to first token is measured to the first chunk that carries answer text (content or refusal), not to the
// first chunk (which often carries only the role). Usage arrives in a last chunk without choices when the
// request asked for `stream_options: { include_usage: true }`; an endpoint that ignores the option gives none.
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';

export interface StreamedAnswer {
  content: string | null;
  refusal: string | null;
  finishReason: string | null;
  usage: CompletionUsage | undefined;
  /** Milliseconds from `startedAt` to the first chunk with answer text; undefined if none came. */
  ttftMs: number | undefined;
  /** Whether any chunk with a choice arrived. */
  sawChoice: boolean;
}

export async function collectChatStream(
  stream: AsyncIterable<ChatCompletionChunk>,
  startedAt: number,
  now: () => number = () => performance.now(),
): Promise<StreamedAnswer> {
  const content: string[] = [];
  const refusal: string[] = [];
  let finishReason: string | null = null;
  let usage: CompletionUsage | undefined;
  let ttftMs: number | undefined;
  let sawChoice = false;
  for await (const chunk of stream) {
    if (chunk.usage) usage = chunk.usage;
    const choice = chunk.choices?.[0];
    if (!choice) continue;
    sawChoice = true;
    const delta = choice.delta;
    if (delta?.content) {
      if (ttftMs === undefined) ttftMs = now() - startedAt;
      content.push(delta.content);
    }
    if (delta?.refusal) {
      if (ttftMs === undefined) ttftMs = now() - startedAt;
      refusal.push(delta.refusal);
    }
    if (choice.finish_reason) finishReason = choice.finish_reason;
  }
  return {
    content: content.length > 0 ? content.join('') : null,
    refusal: refusal.length > 0 ? refusal.join('') : null,
    finishReason,
    usage,
    ttftMs,
    sawChoice,
  };
}
