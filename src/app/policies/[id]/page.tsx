import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { policyById } from "@policies/index";
import { PolicyPage } from "@/features/policy-browser/policy-page";
import { annotatedSource } from "@/features/policy-browser/read-source";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const policy = policyById.get((await params).id);
  return { title: policy ? `${policy.shortName}政策原文` : "未找到政策" };
}

export default async function PolicyDetailPage({ params }: Props) {
  const policy = policyById.get((await params).id);
  if (!policy) notFound();
  return <PolicyPage policy={policy} text={await annotatedSource(policy)} />;
}
