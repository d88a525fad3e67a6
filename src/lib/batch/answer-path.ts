/**
 * Answers kept by a path of keys — values already at hand (options, flags, the fact type), so no
 * string is built to look one up: on 500,000 rows that costs more than the answer. Only for keys of
 * few values (a fact type's choices and which inputs are blank; the applicant's attributes, each a
 * choice or a flag), so the paths are few and nothing needs evicting.
 */
export type Path = Map<unknown, unknown>;

const ANSWER = Symbol("answer");

/** The node under `node` for `key`, made on first use. */
export const step = (node: Path, key: unknown): Path => {
  let next = node.get(key) as Path | undefined;
  if (!next) node.set(key, (next = new Map()));
  return next;
};

/** The answer kept at `node`, if one is: asked before working one out, so no closure is made per lookup. */
export const kept = <V>(node: Path): V | undefined => node.get(ANSWER) as V | undefined;

export const keep = <V>(node: Path, answer: V): V => {
  node.set(ANSWER, answer);
  return answer;
};
