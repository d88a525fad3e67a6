"use client";

import { ShareUnavailable } from "@/features/share/share-unavailable";

/** The stored answers could not be read: the Chinese retry page, never a generic error. */
export default function ShareError({ retry }: { error: unknown; retry: () => void }) {
  return <ShareUnavailable retry={retry} />;
}
