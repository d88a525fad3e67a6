/**
 * The drafts this browser saved or opened, kept in localStorage. The server never lists drafts:
 * a draft's unguessable link is what shares it, so the list of links lives with the person.
 */
export interface DraftRef {
  id: string;
  name: string;
  policy: string;
  savedAt: string;
}

const KEY = "policy-calc.regulator.drafts";
const MAX = 50;

export const readDraftRefs = (): DraftRef[] => {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(list) ? (list as DraftRef[]).filter((d) => typeof d?.id === "string" && typeof d.name === "string") : [];
  } catch {
    return [];
  }
};

export const rememberDraft = (ref: DraftRef): DraftRef[] => {
  const list = [ref, ...readDraftRefs().filter((d) => d.id !== ref.id)].slice(0, MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Private windows may refuse storage: the link still works, only the list is not kept.
  }
  return list;
};
