import type { Metadata } from "next";
import { NoticePage } from "@/features/site/notice-page";

export const metadata: Metadata = { title: "页面不存在" };

/** Any address no route serves, and any notFound() without a nearer not-found page. */
export default function NotFound() {
  return (
    <NoticePage
      title="没有找到这个页面"
      message="这个地址没有对应的页面：可能抄写不完整，或者页面已经移动。可以回到首页选择政策开始测算，或者在政策列表中查看各项政策的原文。"
      links={[
        { href: "/", label: "返回首页" },
        { href: "/policies", label: "查看政策列表" },
      ]}
    />
  );
}
