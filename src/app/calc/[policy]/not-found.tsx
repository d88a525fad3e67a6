import Link from "next/link";

export default function PolicyNotFound() {
  return (
    <main className="mx-auto max-w-3xl space-y-3 px-4 py-10 sm:px-6">
      <h1 className="text-xl font-bold">没有找到这项政策</h1>
      <p className="text-slate-700">地址中的政策名称有误，或这项政策尚未收录。</p>
      <p>
        <Link href="/" className="text-sky-800 underline underline-offset-2">
          返回首页，选择要测算的政策
        </Link>
      </p>
    </main>
  );
}
