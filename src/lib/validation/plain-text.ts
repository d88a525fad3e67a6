/**
 * Free text a caller types and the app stores (a draft's name, ids it names). Control characters
 * are refused: a NUL cannot be stored in PostgreSQL text at all (error 22021, which was a 500), and
 * line breaks, tabs or escape sequences in a name only garble the lists and files it appears in.
 * Messages name the field and never quote what was sent.
 */
import { z } from "zod";

/** C0 and C1 controls, DEL included (Unicode general category Cc). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export const plainText = (label: string, { max }: { max: number }) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `缺少${label}` : `${label}须为字符串`) })
    .max(max, { error: `${label}不能超过 ${max} 个字符` })
    .refine((s) => !CONTROL.test(s), { error: `${label}不能含控制字符（如 NUL、换行、制表符）`, abort: true });
