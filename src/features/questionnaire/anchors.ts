/** Ids the questionnaire's links and focus moves aim at; kept free of imports so server and browser code share them. */

/** The card of an entry: its position in the answers the page was rendered from. */
export const factAnchor = (key: number) => `fact-${key}`;

/** The ＋ button of a fact type, where focus goes when an entry of that type is removed. */
export const addButtonId = (type: string) => `add-${type}`;
