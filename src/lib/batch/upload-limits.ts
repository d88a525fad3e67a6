/**
 * How much one upload may hold. 50 MB of CSV is about 700,000 fact rows, more than any district's
 * yearly applications; the limit keeps one request from taking the server's memory.
 */

/** Files of 50 MB (decimal, as file managers show it) or more are refused. */
export const MAX_UPLOAD_BYTES = 50_000_000 - 1;

/** A report listing more problems than this stops listing them and says how many there were. */
export const MAX_REPORTED_ERRORS = 1000;

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

export const tooLargeMessage = (bytes?: number): string =>
  `文件过大${bytes === undefined ? "" : `（${mb(bytes)}）`}：单个文件须小于 50 MB。请按年度或批次拆分后分别上传。`;
