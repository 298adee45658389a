export declare const SCHEMA_FILE: string;

export declare function loadConfigSchema(): Promise<{ schema: object; inputs: string[] }>;

export declare function schemaFileText(schema: object): Promise<string>;
