import Link from "next/link";

export default function ShareNotFound() {
  return (
    <main className="mx-auto max-w-3xl space-y-3 px-4 py-10 sm:px-6">
      <h1 className="text-xl font-bold">这个链接不存在</h1>
      <p className="text-slate-700">链接可能抄写不完整，或者地址有误。请向发给你链接的人核对，或者自己重新测算。</p>
      <p>
        <Link href="/" className="text-sky-800 underline underline-offset-2">
          返回首页，开始测算
        </Link>
      </p>
    </main>
  );
}
