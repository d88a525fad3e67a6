"use client";

import { ShareUnavailable } from "@/features/share/share-unavailable";

/** A signed link's key or old policy data could not be read: the same retry page as /s/{id}. */
export default function SelfContainedError({ retry }: { error: unknown; retry: () => void }) {
  return <ShareUnavailable retry={retry} />;
}
