/**
 * The server's word on a self-contained result link. Anyone can write /r?d=…&v=… by hand — answers
 * nobody entered, or the version of another policy — so the page may say "the result at the time"
 * only when this server made the link: it signs the compressed answers and the policy version with
 * an HMAC whose key only the server holds (signing-key.ts). Pure: the key is passed in.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** Domain separation: a signature over anything else the key may one day sign never verifies here. */
const CONTEXT = "policy-calc/r/1";

const mac = (key: Uint8Array, encoded: string, version: string): Buffer =>
  createHmac("sha256", key).update(`${CONTEXT}\n${normalize(encoded)}\n${version}`).digest();

/**
 * lz-string's URL alphabet contains "+", which a query string decodes to a space; the decoder maps
 * it back, and so must the signature, or a link that went through a form would fail to verify.
 */
const normalize = (encoded: string) => encoded.replace(/ /g, "+");

/** 43 URL-safe characters (the whole 256-bit HMAC-SHA256). */
export const signLink = (key: Uint8Array, encoded: string, version: string): string => mac(key, encoded, version).toString("base64url");

export const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

export const verifyLink = (key: Uint8Array, encoded: string, version: string, signature: string): boolean => {
  if (!SIGNATURE.test(signature)) return false;
  // Constant time: how much of a guess matched must not show in how long the answer takes.
  return timingSafeEqual(mac(key, encoded, version), Buffer.from(signature, "base64url"));
};
