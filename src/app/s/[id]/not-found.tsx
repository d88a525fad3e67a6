import { NoticePage } from "@/features/site/notice-page";

export default function ShareNotFound() {
  return (
    <NoticePage
      title="这个链接不存在"
      message="链接可能抄写不完整，或者地址有误。请向发给你链接的人核对，或者自己重新测算。"
      links={[{ href: "/", label: "返回首页，开始测算" }]}
    />
  );
}
