export declare const root: string;
export declare const run: (command: string, args: string[]) => number;
export declare const ensureBuild: () => number;
