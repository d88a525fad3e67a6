/**
 * Short-link ids: 22 base62 characters drawn from the operating system's CSPRNG, ≈ 131 bits. The id
 * is the only thing protecting a stored link, so it must be impossible to guess or to enumerate;
 * sequential or time-based ids would let anyone walk through everybody's links.
 */
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const SHORT_ID_LENGTH = 22;
/** Bytes ≥ 248 are skipped so that every character is equally likely (248 = 4 × 62). */
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);

export const newShortId = (): string => {
  let id = "";
  while (id.length < SHORT_ID_LENGTH) {
    for (const byte of randomBytes(SHORT_ID_LENGTH * 2)) {
      if (byte < UNBIASED_LIMIT && id.length < SHORT_ID_LENGTH) id += ALPHABET[byte % ALPHABET.length];
    }
  }
  return id;
};

const SHAPE = new RegExp(`^[0-9A-Za-z]{${SHORT_ID_LENGTH}}$`);

/** Anything else in /s/{id} is answered with 404 before the database is asked. */
export const isShortId = (s: string): boolean => SHAPE.test(s);
