/**
 * Every clause of a policy page carries an anchor, so results, comparisons and reports can link to
 * the exact text a number came from: /policies/jinshan#clause-第五条（二）.
 */
export const clauseAnchor = (clause: string): string => `clause-${clause.replace(/\s+/g, "-")}`;

export const clauseHref = (policyId: string, clause: string): string =>
  `/policies/${policyId}#${encodeURIComponent(clauseAnchor(clause))}`;

/** A paragraph's id: its first clause's anchor, so the contents and the results jump to the same place; else its position. */
export const paragraphAnchor = (anchors: string[], index: number): string => (anchors[0] ? clauseAnchor(anchors[0]) : `p-${index}`);
