/**
 * Labelled sentences for the claim matcher: retellings of the bundled claims in other words
 * (English and Chinese), and sentences about the same actors that state no known claim (a
 * different fact, the claim negated, other figures).
 *
 * Written for this test, not taken from the source report or from the claims' own wording.
 * `heldOut` was written before the claims' matching terms and is never used to tune them.
 */

export interface LabelledSentence {
  text: string;
  /** The claim the sentence retells, or null when it states no known claim. */
  claim: string | null;
  /** Actor ids the sentence names, as the name matcher finds them in the sentence alone. */
  actors: string[];
}

export const heldOut: LabelledSentence[] = [
  // Retellings.
  {
    text: "Chinese authorities are considering a company jointly owned by the country's biggest online retail and payments firms, in a plan steered by the People's Bank of China, to keep watch over the personal data they collect.",
    claim: 'sr01',
    actors: ['pboc'],
  },
  {
    text: '据报道，中国人民银行牵头的方案提出，由大型电商和支付平台共同出资组建一家合资公司，统一监管这些平台掌握的消费者数据。',
    claim: 'sr01',
    actors: ['pboc'],
  },
  {
    text: 'Under the proposal reported by Bloomberg, the tech platforms would be the founding shareholders of the venture, while its top executives would have to be vetted by regulators.',
    claim: 'sr02',
    actors: ['bloomberg'],
  },
  {
    text: '报道称，中国人民银行并未排除由官方直接接管这些平台所掌握的公众数据的可能。',
    claim: 'sr03',
    actors: ['pboc'],
  },
  {
    text: "The People's Bank of China didn't reply right away to Bloomberg's questions about the data venture.",
    claim: 'sr04',
    actors: ['pboc', 'bloomberg'],
  },
  {
    text: "China's market regulator unveiled draft antitrust rules for internet platforms in November 2020, and the State Council's Anti-Monopoly Commission formally issued them in February 2021.",
    claim: 'sr05',
    actors: ['samr', 'state_council', 'amc'],
  },
  {
    text: '《华尔街日报》报道，中国监管机构正向蚂蚁集团施压，要求其交出多年积累的海量个人信贷数据，以打破其对这些数据的垄断。',
    claim: 'sr06',
    actors: ['wsj', 'ant'],
  },
  {
    text: "Ant Group was said to be choosing between two routes: plugging into the PBoC's nationwide credit database, or handing its data to a credit-scoring firm in which it owns a stake and which the central bank effectively runs.",
    claim: 'sr07',
    actors: ['ant', 'pboc'],
  },
  {
    text: 'Ant Group has agreed to turn over details on roughly half a billion of its borrowers, from their identities to how much they borrow each month and whether they pay it back, to a state-backed database, the Financial Times reported.',
    claim: 'sr08',
    actors: ['ant', 'ft'],
  },
  {
    text: '据报道，蚂蚁集团已同意向政府支持的数据库提供约5亿借款人的信息，包括身份、每月借款金额以及是否按时还款。',
    claim: 'sr08',
    actors: ['ant'],
  },
  {
    text: '英国《金融时报》称，蚂蚁集团迄今只向央行提供了一小部分数据，央行对其进展并不满意。',
    claim: 'sr09',
    actors: ['ft', 'ant', 'pboc'],
  },
  {
    text: "Ant Group will gradually feed the credit records of its Huabei and Jiebei lending products into the central bank's Credit Reference Center, according to the Financial Times.",
    claim: 'sr10',
    actors: ['ant', 'huabei', 'jiebei', 'crc', 'ft'],
  },
  {
    text: '腾讯董事会主席马化腾在2021年3月的业绩电话会上表示，公司的原则是尽量减少平台接触用户数据，并称数据问题极其复杂。',
    claim: 'cl04',
    actors: ['tencent', 'pony_ma'],
  },
  {
    text: 'Shanghai’s stock exchange halted Ant Group’s record share sale just days before its debut, a day after Jack Ma and two Ant executives were hauled in by regulators.',
    claim: 'cl11',
    actors: ['ant', 'jack_ma'],
  },
  {
    text: '2021年4月，央行等金融管理部门宣布，蚂蚁集团将整体申设为金融控股公司，并将花呗、借呗纳入消费金融公司，纠正其信息垄断行为。',
    claim: 'cl12',
    actors: ['pboc', 'ant', 'huabei', 'jiebei'],
  },
  {
    text: "Platforms were told by the PBoC's credit reference centre in July 2021 to stop sending users' personal data directly to banks and other lenders.",
    claim: 'cl13',
    actors: ['pboc', 'crc'],
  },
  {
    text: '由蚂蚁集团参股的钱塘征信于2024年11月拿到个人征信牌照，成为国内第三家持牌个人征信机构。',
    claim: 'cl14',
    actors: ['ant', 'qiantang'],
  },
  {
    text: 'Beijing wanted Ant Group to pass its data to a new credit-scoring firm under state control and staffed by ex-PBoC officials, but Ant wanted to be in charge of the venture itself.',
    claim: 'cl15',
    actors: ['ant', 'pboc'],
  },
  {
    text: 'Ant Group has been negotiating with state-owned companies to form a credit-scoring joint venture that would put its consumer data under regulatory supervision, the Wall Street Journal reported.',
    claim: 'cl16',
    actors: ['ant', 'wsj'],
  },
  {
    text: '国家市场监督管理总局认定阿里巴巴滥用市场支配地位，强迫商家“二选一”，对其处以2019年中国境内销售额4%的罚款，共计182.28亿元。',
    claim: 'cl17',
    actors: ['samr', 'alibaba', 'alibaba_antitrust_fine_2021'],
  },
  {
    text: 'Alibaba was ordered to pay a record $2.8 billion penalty for abusing its market dominance.',
    claim: 'cl17',
    actors: ['alibaba'],
  },
  {
    text: "Four financial watchdogs led by the People's Bank of China summoned 13 internet companies with finance arms, among them Tencent, ByteDance and JD.com, and told them to run personal credit business only through licensed bureaus.",
    claim: 'cl18',
    actors: ['pboc', 'tencent', 'bytedance', 'jd'],
  },
  {
    text: 'Didi was hit with a fine of more than 8 billion yuan by the Cyberspace Administration of China in July 2022, a year after a cybersecurity review forced its app off Chinese app stores.',
    claim: 'cl19',
    actors: ['didi', 'cac'],
  },
  {
    text: '全国人大常委会于2021年6月表决通过《数据安全法》，又在同年8月通过了《个人信息保护法》。',
    claim: 'cl20',
    actors: ['npcsc', 'dsl', 'pipl'],
  },
  {
    text: 'Jack Ma relinquished control of Ant Group in January 2023 after a shareholder overhaul that left him with just over 6% of the voting rights.',
    claim: 'cl21',
    actors: ['jack_ma', 'ant'],
  },
  {
    text: '2023年7月，监管部门对蚂蚁集团及其子公司处以罚没款合计71.23亿元，标志着其整改基本完成。',
    claim: 'cl22',
    actors: ['ant'],
  },
  {
    text: 'Regulators plan to make Ant Group, Tencent and JD.com hand over data on consumer loans to state-run credit bureaus, in a bid to stop people from borrowing too much.',
    claim: 'cl23',
    actors: ['ant', 'tencent', 'jd'],
  },
  {
    text: '英国《金融时报》报道，中国人民银行要求腾讯、美团等大型平台在12月初之前，将用户的购物记录、出行记录等数据共享给百行征信和朴道征信，但这些平台有所抵触。',
    claim: 'cl24',
    actors: ['ft', 'pboc', 'tencent', 'meituan', 'baihang', 'pudao'],
  },
  {
    text: "Pan Gongsheng took over as governor of the People's Bank of China in July 2023, succeeding Yi Gang.",
    claim: 'cl25',
    actors: ['pan_gongsheng', 'pboc', 'yi_gang'],
  },
  {
    text: '2020年12月，央行批准朴道征信设立，使其成为继百行征信之后国内第二家持牌个人征信机构。',
    claim: 'cl26',
    actors: ['pboc', 'pudao', 'baihang'],
  },

  // Same actors and topic, no known claim.
  {
    text: "The People's Bank of China said it had no plans to set up a joint venture with e-commerce platforms to manage consumer data.",
    claim: null,
    actors: ['pboc'],
  },
  {
    text: 'Ant Group reported a sharp rise in profits from its lending business last year.',
    claim: null,
    actors: ['ant'],
  },
  {
    text: 'Ant Group did not agree to hand over data on its borrowers to the government-backed database, people familiar with the matter said.',
    claim: null,
    actors: ['ant', 'crc'],
  },
  {
    text: '蚂蚁集团否认已同意将花呗和借呗数据接入央行征信中心。',
    claim: null,
    actors: ['ant', 'huabei', 'jiebei', 'crc'],
  },
  {
    text: "The Shanghai Stock Exchange approved Ant Group's listing on the STAR Market in October.",
    claim: null,
    actors: ['sse', 'ant'],
  },
  {
    text: 'SAMR fined Meituan 3.442 billion yuan for forcing merchants into exclusive deals.',
    claim: null,
    actors: ['samr', 'meituan', 'meituan_antitrust_fine_2021'],
  },
  {
    text: '阿里巴巴宣布将在未来三年投入1000亿元支持中小商家。',
    claim: null,
    actors: ['alibaba'],
  },
  {
    text: "Didi Global's shares jumped on their first day of trading in New York in June 2021.",
    claim: null,
    actors: ['didi'],
  },
  {
    text: '国家网信办表示，滴滴出行的网络安全审查已经结束，App可以重新上架。',
    claim: null,
    actors: ['cac', 'didi'],
  },
  {
    text: "Jack Ma remains Ant Group's controlling shareholder, with more than half of the voting rights.",
    claim: null,
    actors: ['jack_ma', 'ant'],
  },
  {
    text: '央行行长易纲表示，将继续推进金融科技监管。',
    claim: null,
    actors: ['pboc', 'yi_gang'],
  },
  {
    text: 'Tencent said its WeChat Pay unit had not been asked to share user data with Baihang Credit.',
    claim: null,
    actors: ['tencent', 'wechat_pay', 'baihang'],
  },
  {
    text: 'Baihang Credit said it had built credit files on more than 100 million people with no bank loan history.',
    claim: null,
    actors: ['baihang'],
  },
  {
    text: '全国人大常委会审议了《反垄断法》修正草案。',
    claim: null,
    actors: ['npcsc', 'aml_law'],
  },
  {
    text: 'The Cyberspace Administration of China fined Didi 1 billion yuan for mishandling user data.',
    claim: null,
    actors: ['cac', 'didi'],
  },
  {
    text: 'Regulators fined Ant Group 2 billion yuan in 2021 for lapses in its payments business.',
    claim: null,
    actors: ['ant'],
  },
  {
    text: '钱塘征信的牌照申请被央行驳回。',
    claim: null,
    actors: ['qiantang', 'pboc'],
  },
  {
    text: '马化腾表示，腾讯将继续加大在人工智能领域的投入。',
    claim: null,
    actors: ['pony_ma', 'tencent'],
  },
  {
    text: 'Pony Ma said Tencent would give its platforms more access to user data to improve its advertising.',
    claim: null,
    actors: ['pony_ma', 'tencent'],
  },
  {
    text: "The Financial Times reported that Ant Group's valuation could fall below $100 billion.",
    claim: null,
    actors: ['ft', 'ant'],
  },
  {
    text: 'The Wall Street Journal reported that Jack Ma had been living in Tokyo for months.',
    claim: null,
    actors: ['wsj', 'jack_ma'],
  },
  {
    text: '中国人民银行征信中心表示，个人每年可以两次免费查询本人信用报告。',
    claim: null,
    actors: ['crc'],
  },
  {
    text: 'Pan Gongsheng, then a deputy governor, summoned Ant Group executives in December 2020.',
    claim: null,
    actors: ['pan_gongsheng', 'ant'],
  },
  {
    text: 'A first draft of the Data Security Law was published for public comment in July 2020.',
    claim: null,
    actors: ['dsl'],
  },
  {
    text: "The State Council's Anti-Monopoly Commission has published guidelines for the pharmaceutical sector.",
    claim: null,
    actors: ['state_council', 'amc'],
  },
  {
    text: '监管部门并未暂停蚂蚁集团在香港的上市计划。',
    claim: null,
    actors: ['ant'],
  },
  {
    text: 'JD.com said its consumer finance arm would cut interest rates on loans to small merchants.',
    claim: null,
    actors: ['jd'],
  },
  {
    text: '彭博社报道称，央行正在考虑放宽对第三方支付机构的监管。',
    claim: null,
    actors: ['bloomberg', 'pboc'],
  },
  {
    text: "Ant Group said it had shared all of the required data with the People's Bank of China, rejecting reports that it was dragging its feet.",
    claim: null,
    actors: ['ant', 'pboc'],
  },
];
