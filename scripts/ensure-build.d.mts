export declare const root: string;
export declare const run: (command: string, args: string[], env?: Record<string, string>) => number;
export declare const ensureBuild: (options?: { distDir?: string; env?: Record<string, string> }) => number;
