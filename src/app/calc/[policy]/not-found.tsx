import { NoticePage } from "@/features/site/notice-page";

export default function PolicyNotFound() {
  return <NoticePage title="没有找到这项政策" message="地址中的政策名称有误，或这项政策尚未收录。" links={[{ href: "/", label: "返回首页，选择要测算的政策" }]} />;
}
