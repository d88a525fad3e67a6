import type { Metadata } from "next";
import { policies } from "@policies/index";
import { PolicyList } from "@/features/policy-browser/policy-list";

export const metadata: Metadata = { title: "政策原文" };

export default function PoliciesPage() {
  return <PolicyList policies={policies} />;
}
