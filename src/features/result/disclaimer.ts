/** Printed and shown with every result: the tool reads the text; only the authority decides. */
export const DISCLAIMER =
  "本结果是依据政策原文所作的估算，不是主管部门的审核或资助决定。实际能否获得、金额多少，以主管部门按申报通知核定为准。标注“最高”的金额是政策允许的上限，实际金额由主管部门核定。";
