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

export const tuning: LabelledSentence[] = [
  // Retellings.
  {
    text: 'Beijing is mulling a state-backed data company, set up together by its e-commerce and payments giants under a PBoC-led plan, that would supervise the troves of consumer information they collect.',
    claim: 'sr01',
    actors: ['pboc'],
  },
  {
    text: 'The PBoC has drawn up a preliminary proposal for Alibaba, Tencent and other big platforms to form a joint venture that would oversee their user data, Bloomberg reported.',
    claim: 'sr01',
    actors: ['pboc', 'alibaba', 'tencent', 'bloomberg'],
  },
  {
    text: '彭博社援引知情人士称，中国人民银行主导的一项初步计划拟由阿里巴巴、腾讯等科技巨头合资成立一家公司，负责监管它们收集的个人数据。',
    claim: 'sr01',
    actors: ['bloomberg', 'pboc', 'alibaba', 'tencent'],
  },
  {
    text: 'The internet firms would own the initial stakes in the data company, but regulators would have to approve its senior management, according to the Bloomberg report.',
    claim: 'sr02',
    actors: ['bloomberg'],
  },
  {
    text: '按照该计划，这些平台将成为合资公司的初始股东，而公司高管须经监管部门批准。',
    claim: 'sr02',
    actors: [],
  },
  {
    text: 'Regulators would get a say over who runs the joint venture, with the tech giants holding its first shares, Bloomberg said.',
    claim: 'sr02',
    actors: ['bloomberg'],
  },
  {
    text: "The report claimed PBoC officials had not ruled out seizing the public's data altogether.",
    claim: 'sr03',
    actors: ['pboc'],
  },
  {
    text: '文章称，央行不排除接管公众数据的可能性。',
    claim: 'sr03',
    actors: ['pboc'],
  },
  {
    text: "According to the article, the People's Bank of China left open the option of taking direct control of people's data.",
    claim: 'sr03',
    actors: ['pboc'],
  },
  {
    text: 'A PBoC spokesperson did not immediately respond to a request for comment on the joint-venture plan.',
    claim: 'sr04',
    actors: ['pboc'],
  },
  {
    text: '中国人民银行未立即回应彭博社的置评请求。',
    claim: 'sr04',
    actors: ['pboc', 'bloomberg'],
  },
  {
    text: "The People's Bank of China had no immediate comment on the Bloomberg report.",
    claim: 'sr04',
    actors: ['pboc', 'bloomberg'],
  },
  {
    text: 'The platform antitrust guidelines, first floated as a draft by SAMR on Nov. 10, 2020, were finalised by the Anti-Monopoly Commission of the State Council on Feb. 7, 2021.',
    claim: 'sr05',
    actors: ['samr', 'amc'],
  },
  {
    text: '市场监管总局于2020年11月就《关于平台经济领域的反垄断指南》公开征求意见，国务院反垄断委员会于2021年2月正式印发。',
    claim: 'sr05',
    actors: ['samr', 'platform_aml_guidelines', 'amc'],
  },
  {
    text: 'China published the final version of its Anti-Monopoly Guidelines for the Platform Economy in February 2021, three months after regulators released a draft.',
    claim: 'sr05',
    actors: ['platform_aml_guidelines'],
  },
  {
    text: "Chinese regulators have been pushing Jack Ma's Ant Group to share the vast amounts of consumer credit data it has amassed, the Wall Street Journal reported.",
    claim: 'sr06',
    actors: ['jack_ma', 'ant', 'wsj'],
  },
  {
    text: 'Officials want Ant Group to hand over the personal loan data it holds so that it no longer has a monopoly on it.',
    claim: 'sr06',
    actors: ['ant'],
  },
  {
    text: '监管部门要求蚂蚁集团共享其积累的大量消费信贷数据，以打破其数据垄断。',
    claim: 'sr06',
    actors: ['ant'],
  },
  {
    text: "One option Ant Group is weighing is joining the PBoC's credit reporting system; the other is sharing data with a credit-rating firm that the central bank effectively controls and in which Ant holds shares.",
    claim: 'sr07',
    actors: ['ant', 'pboc'],
  },
  {
    text: '《华尔街日报》称，蚂蚁集团正在考虑两种方案：一是接入央行征信系统，二是与一家由央行实际控制、蚂蚁持股的征信公司共享数据。',
    claim: 'sr07',
    actors: ['wsj', 'ant', 'crc', 'pboc'],
  },
  {
    text: 'Ant Group has two choices for sharing its data, the Wall Street Journal said: connect to the national credit reporting system or go through a credit-scoring company the PBoC effectively controls.',
    claim: 'sr07',
    actors: ['ant', 'wsj', 'crc', 'pboc'],
  },
  {
    text: 'Ant Group has consented to share with a state-run database the identities, monthly borrowing and repayment histories of some 500m customers who take loans from it, the Financial Times said.',
    claim: 'sr08',
    actors: ['ant', 'ft'],
  },
  {
    text: '蚂蚁集团同意向官方数据库提供其约五亿借款用户的身份、每月借款额及还款情况等数据。',
    claim: 'sr08',
    actors: ['ant'],
  },
  {
    text: 'Some 500 million Ant Group borrowers will have their identities, monthly borrowing and repayment status shared with a government-backed database after the company agreed to it.',
    claim: 'sr08',
    actors: ['ant', 'crc'],
  },
  {
    text: "So far Ant Group has handed over only a fraction of the data, and the People's Bank of China is frustrated with its progress, the Financial Times reported.",
    claim: 'sr09',
    actors: ['ant', 'pboc', 'ft'],
  },
  {
    text: '知情人士称，蚂蚁集团目前只分享了少量数据，中国人民银行对其进度不满。',
    claim: 'sr09',
    actors: ['ant', 'pboc'],
  },
  {
    text: "The People's Bank of China is unhappy that Ant Group has shared so little of its data.",
    claim: 'sr09',
    actors: ['pboc', 'ant'],
  },
  {
    text: 'Ant Group agreed to share the data of its Huabei and Jiebei credit products with the PBoC Credit Reference Center in stages.',
    claim: 'sr10',
    actors: ['ant', 'huabei', 'jiebei', 'crc'],
  },
  {
    text: '蚂蚁集团同意将花呗、借呗的消费信贷数据逐步接入人民银行征信中心。',
    claim: 'sr10',
    actors: ['ant', 'huabei', 'jiebei', 'pboc', 'crc'],
  },
  {
    text: '花呗和借呗的用户信贷数据将分步骤报送至央行征信系统。',
    claim: 'sr10',
    actors: ['huabei', 'jiebei', 'crc'],
  },
  {
    text: 'Huabei and Jiebei data will flow to the Credit Reference Center step by step under a deal Ant Group has agreed to.',
    claim: 'sr10',
    actors: ['huabei', 'jiebei', 'crc', 'ant'],
  },
  {
    text: "Tencent's Pony Ma told analysts that the company tries to keep its platform's access to user data to a minimum, because data is an extremely complicated issue.",
    claim: 'cl04',
    actors: ['tencent', 'pony_ma'],
  },
  {
    text: '马化腾在财报电话会上说，腾讯的指导原则是让平台尽可能少地获取用户数据。',
    claim: 'cl04',
    actors: ['pony_ma', 'tencent'],
  },
  {
    text: "Data is “extremely complicated”, Pony Ma said, adding that Tencent's principle is to minimise how much of it the platform can reach.",
    claim: 'cl04',
    actors: ['pony_ma', 'tencent'],
  },
  {
    text: "The Shanghai Stock Exchange suspended Ant Group's STAR Market listing on Nov. 3, 2020, and Ant then put its Hong Kong listing on hold as well.",
    claim: 'cl11',
    actors: ['sse', 'ant'],
  },
  {
    text: '上海证券交易所2020年11月3日宣布暂缓蚂蚁集团在科创板上市，此前一天马云、井贤栋和胡晓明被监管部门约谈。',
    claim: 'cl11',
    actors: ['sse', 'ant', 'jack_ma', 'eric_jing', 'simon_hu'],
  },
  {
    text: "Ant Group's $34.5 billion IPO was called off at the last minute after regulators summoned Jack Ma.",
    claim: 'cl11',
    actors: ['ant', 'jack_ma'],
  },
  {
    text: '蚂蚁集团的A+H股上市计划在最后关头被叫停。',
    claim: 'cl11',
    actors: ['ant'],
  },
  {
    text: 'Under a rectification plan unveiled by the PBoC in April 2021, Ant Group will restructure into a financial holding company overseen by the central bank.',
    claim: 'cl12',
    actors: ['pboc', 'ant'],
  },
  {
    text: 'Regulators said Ant Group must end its information monopoly, set up a personal credit reporting firm and move Huabei and Jiebei into a licensed consumer finance company.',
    claim: 'cl12',
    actors: ['ant', 'huabei', 'jiebei'],
  },
  {
    text: '根据整改方案，蚂蚁集团将成立个人征信公司，并打破信息垄断。',
    claim: 'cl12',
    actors: ['ant'],
  },
  {
    text: '2021年7月，人民银行征信中心要求各平台不得将个人信息直接提供给金融机构，即所谓“断直连”。',
    claim: 'cl13',
    actors: ['pboc', 'crc'],
  },
  {
    text: "Since Jan. 1, 2022, the PBoC's Measures for the Administration of Credit Reporting Business have required all credit information to pass through licensed credit agencies.",
    claim: 'cl13',
    actors: ['pboc', 'credit_measures'],
  },
  {
    text: '《征信业务管理办法》自2022年1月1日起施行，要求平台只能通过持牌征信机构向金融机构提供信用信息。',
    claim: 'cl13',
    actors: ['credit_measures'],
  },
  {
    text: 'Qiantang Credit, the personal credit scoring venture backed by Ant Group, received its license in November 2024, three years after it applied.',
    claim: 'cl14',
    actors: ['qiantang', 'ant'],
  },
  {
    text: '钱塘征信2025年2月完成工商登记，浙江省旅游投资集团为其第一大股东。',
    claim: 'cl14',
    actors: ['qiantang', 'zj_tourism'],
  },
  {
    text: "Zhejiang Provincial Tourism Investment Group is the largest shareholder of Qiantang Credit, which became China's third licensed personal credit bureau.",
    claim: 'cl14',
    actors: ['zj_tourism', 'qiantang'],
  },
  {
    text: "The People's Bank of China wants Ant Group's data to go to a state-controlled credit scorer run by former central bank officials, while Ant has pushed to lead the new company.",
    claim: 'cl15',
    actors: ['pboc', 'ant'],
  },
  {
    text: '央行希望蚂蚁集团把数据交给一家由前央行官员管理的国有控股征信公司，而蚂蚁则希望主导这家新公司。',
    claim: 'cl15',
    actors: ['pboc', 'ant'],
  },
  {
    text: '《华尔街日报》报道，蚂蚁集团正与国有企业洽谈成立一家征信合资公司，使其消费者数据接受监管。',
    claim: 'cl16',
    actors: ['wsj', 'ant'],
  },
  {
    text: "Ant Group is in talks with state firms over a joint credit-scoring company that would bring its troves of consumer data under regulators' watch.",
    claim: 'cl16',
    actors: ['ant'],
  },
  {
    text: 'SAMR hit Alibaba with an 18.2 billion yuan fine in April 2021, about 4% of its 2019 revenue in China, for abusing its dominant market position.',
    claim: 'cl17',
    actors: ['samr', 'alibaba', 'alibaba_antitrust_fine_2021'],
  },
  {
    text: '阿里巴巴因强迫商家“二选一”被市场监管总局罚款182亿余元。',
    claim: 'cl17',
    actors: ['alibaba', 'samr'],
  },
  {
    text: "China's antitrust regulator fined Alibaba a record 18.228 billion yuan for forcing merchants to choose between it and rival platforms.",
    claim: 'cl17',
    actors: ['samr', 'alibaba', 'alibaba_antitrust_fine_2021'],
  },
  {
    text: '2021年4月29日，人民银行、银保监会、证监会、外汇局联合约谈腾讯、京东金融、字节跳动等13家网络平台企业。',
    claim: 'cl18',
    actors: ['pboc', 'cbirc', 'csrc', 'safe', 'tencent', 'jd', 'bytedance'],
  },
  {
    text: "Thirteen platforms including Tencent, Meituan and Didi Global were told by China's financial regulators to break their information monopolies over users' data.",
    claim: 'cl18',
    actors: ['tencent', 'meituan', 'didi'],
  },
  {
    text: 'In April 2021 the PBoC summoned 13 tech firms with financial businesses and ordered them to obtain licences for personal credit reporting.',
    claim: 'cl18',
    actors: ['pboc'],
  },
  {
    text: '国家网信办于2022年7月对滴滴全球处以80.26亿元罚款。',
    claim: 'cl19',
    actors: ['cac', 'didi', 'didi_fine_2022'],
  },
  {
    text: "China's cyberspace regulator launched a security review of Didi Global days after its New York listing, and ordered its app removed from app stores.",
    claim: 'cl19',
    actors: ['didi'],
  },
  {
    text: '网络安全审查办公室2021年7月2日宣布对滴滴出行实施网络安全审查，两天后滴滴App被下架。',
    claim: 'cl19',
    actors: ['cac', 'didi'],
  },
  {
    text: "China's top legislature passed the Personal Information Protection Law in August 2021, two months after adopting the Data Security Law.",
    claim: 'cl20',
    actors: ['pipl', 'dsl'],
  },
  {
    text: 'The NPC Standing Committee approved the Data Security Law in June 2021; it took effect on Sept. 1 that year.',
    claim: 'cl20',
    actors: ['npcsc', 'dsl'],
  },
  {
    text: '马云已放弃对蚂蚁集团的控制权，其表决权降至约6.2%。',
    claim: 'cl21',
    actors: ['jack_ma', 'ant'],
  },
  {
    text: 'Jack Ma no longer controls Ant Group after ten key shareholders agreed to vote independently, leaving him with 6.2% of voting rights.',
    claim: 'cl21',
    actors: ['jack_ma', 'ant'],
  },
  {
    text: 'Ant Group said in January 2023 that Jack Ma would cede control of the company.',
    claim: 'cl21',
    actors: ['ant', 'jack_ma'],
  },
  {
    text: 'Ant Group and its subsidiaries were fined 7.12 billion yuan in July 2023, bringing its years-long overhaul to a close.',
    claim: 'cl22',
    actors: ['ant'],
  },
  {
    text: 'Regulators imposed a 7.123 billion yuan penalty on Ant Group for breaches ranging from corporate governance to consumer protection and anti-money laundering.',
    claim: 'cl22',
    actors: ['ant'],
  },
  {
    text: '中国人民银行宣布对蚂蚁集团罚没71.23亿元，金融监管总局也参与了处罚。',
    claim: 'cl22',
    actors: ['pboc', 'ant', 'nfra'],
  },
  {
    text: 'Chinese regulators plan to push Ant Group, Tencent and JD.com to share consumer loan data with credit bureaus backed by the PBoC to curb excessive borrowing and fraud.',
    claim: 'cl23',
    actors: ['ant', 'tencent', 'jd', 'pboc'],
  },
  {
    text: '路透社称，监管部门计划推动蚂蚁集团、腾讯和京东向央行支持的征信机构报送消费贷款数据，以防范过度借贷和欺诈。',
    claim: 'cl23',
    actors: ['reuters', 'ant', 'tencent', 'jd', 'pboc'],
  },
  {
    text: 'The PBoC has ordered Tencent, Meituan and other internet giants to share users’ shopping and travel data with Baihang and Pudao by early December, but the platforms are pushing back.',
    claim: 'cl24',
    actors: ['pboc', 'tencent', 'meituan', 'baihang', 'pudao'],
  },
  {
    text: '央行要求美团、腾讯等平台与百行征信、朴道征信共享用户数据，遭到平台抵制。',
    claim: 'cl24',
    actors: ['pboc', 'meituan', 'tencent', 'baihang', 'pudao'],
  },
  {
    text: '潘功胜2023年7月出任中国人民银行行长，接替易纲。',
    claim: 'cl25',
    actors: ['pan_gongsheng', 'pboc', 'yi_gang'],
  },
  {
    text: "Pan Gongsheng was named Communist Party secretary of the People's Bank of China on July 1, 2023, replacing Guo Shuqing.",
    claim: 'cl25',
    actors: ['pan_gongsheng', 'ccp', 'pboc', 'guo_shuqing'],
  },
  {
    text: 'The CBIRC was folded into the newly created National Financial Regulatory Administration in May 2023, weeks before Pan Gongsheng became central bank governor.',
    claim: 'cl25',
    actors: ['cbirc', 'nfra', 'pan_gongsheng', 'pboc'],
  },
  {
    text: "Pudao Credit became China's second licensed personal credit reporting agency in December 2020, after Baihang Credit.",
    claim: 'cl26',
    actors: ['pudao', 'baihang'],
  },
  {
    text: '朴道征信2020年12月25日获得个人征信业务牌照，是继百行征信后第二家。',
    claim: 'cl26',
    actors: ['pudao', 'baihang'],
  },
  {
    text: 'The central bank granted a personal credit licence to Pudao Credit on Dec. 25, 2020, the second such licence after Baihang got one in 2018.',
    claim: 'cl26',
    actors: ['pudao', 'baihang'],
  },

  // Retellings in phrasings the parts were not first written from.
  {
    text: "A consortium owned by China's internet heavyweights and overseen by the central bank could end up controlling the reams of personal data those companies gather, under a proposal Bloomberg described.",
    claim: 'sr01',
    actors: ['bloomberg'],
  },
  {
    text: '央行正研究由几家大型互联网平台合资组建数据公司，对其掌握的用户数据进行统一监管。',
    claim: 'sr01',
    actors: ['pboc'],
  },
  {
    text: 'Beijing has been leaning on Ant Group to give up the trove of lending data it holds on hundreds of millions of consumers.',
    claim: 'sr06',
    actors: ['ant'],
  },
  {
    text: 'Ant Group has signed up to hand a state-backed credit database the details of around 500mn borrowers.',
    claim: 'sr08',
    actors: ['ant'],
  },
  {
    text: '蚂蚁集团答应分阶段把借呗和花呗的数据报送央行征信中心。',
    claim: 'sr10',
    actors: ['ant', 'jiebei', 'huabei', 'crc'],
  },
  {
    text: "Regulators pulled the plug on Ant Group's blockbuster listing two days before it was due to start trading.",
    claim: 'cl11',
    actors: ['ant'],
  },
  {
    text: 'Alibaba was slapped with a 18.23 billion yuan antitrust penalty for barring merchants from selling on rival sites.',
    claim: 'cl17',
    actors: ['alibaba', 'alibaba_antitrust_fine_2021'],
  },
  {
    text: '滴滴因违反网络安全法等被处以逾80亿元罚款。',
    claim: 'cl19',
    actors: ['didi', 'csl'],
  },
  {
    text: 'Lawmakers approved the Personal Information Protection Law on Aug. 20, 2021, and it came into force on Nov. 1.',
    claim: 'cl20',
    actors: ['pipl'],
  },
  {
    text: "Ant Group's founder Jack Ma will no longer be its controlling shareholder after a restructuring of voting rights.",
    claim: 'cl21',
    actors: ['ant', 'jack_ma'],
  },
  {
    text: '蚂蚁集团被处以71.23亿元罚没款，监管层称其整改已基本完成。',
    claim: 'cl22',
    actors: ['ant'],
  },
  {
    text: '金融监管总局挂牌成立两个月后，潘功胜接替易纲执掌央行。',
    claim: 'cl25',
    actors: ['nfra', 'pan_gongsheng', 'yi_gang', 'pboc'],
  },
  {
    text: 'Pudao Credit won a personal credit reporting licence in December 2020, making it the second such bureau after Baihang Credit.',
    claim: 'cl26',
    actors: ['pudao', 'baihang'],
  },
  {
    text: 'Ant Group will become a financial holding company regulated like a bank under an overhaul ordered by the PBoC.',
    claim: 'cl12',
    actors: ['ant', 'pboc'],
  },
  {
    text: 'Ant Group has held discussions with state-backed firms about setting up a credit-scoring business together.',
    claim: 'cl16',
    actors: ['ant'],
  },
  {
    text: "Tencent and Meituan have been told to share data on users' purchases and trips with Baihang Credit and Pudao Credit, but are dragging their feet.",
    claim: 'cl24',
    actors: ['tencent', 'meituan', 'baihang', 'pudao'],
  },
  {
    text: 'The central bank is said to be displeased that Ant Group has so far handed over only a small slice of its data.',
    claim: 'sr09',
    actors: ['ant'],
  },

  // Same actors and topic, no known claim.
  {
    text: 'Ant Group reported higher profits for the third quarter.',
    claim: null,
    actors: ['ant'],
  },
  {
    text: "The People's Bank of China cut the reserve requirement ratio for banks by half a percentage point.",
    claim: null,
    actors: ['pboc'],
  },
  {
    text: 'Alibaba said it accepted the penalty and would comply with the decision.',
    claim: null,
    actors: ['alibaba'],
  },
  {
    text: 'Tencent and Meituan both reported weaker growth in their payment businesses.',
    claim: null,
    actors: ['tencent', 'meituan'],
  },
  { text: '蚂蚁集团表示，花呗将继续为用户提供服务。', claim: null, actors: ['ant', 'huabei'] },
  { text: '央行表示，将与相关平台共同研究数据共享的法律问题。', claim: null, actors: ['pboc'] },
  {
    text: 'Bloomberg reported that Ant Group was considering a Hong Kong listing for its database technology unit.',
    claim: null,
    actors: ['bloomberg', 'ant'],
  },
  {
    text: 'The Wall Street Journal reported that Ant Group had agreed to cut the interest rates on Huabei loans.',
    claim: null,
    actors: ['wsj', 'ant', 'huabei'],
  },
  {
    text: 'Ant Group refused to share its consumer credit data with the Credit Reference Center.',
    claim: null,
    actors: ['ant', 'crc'],
  },
  { text: '监管部门从未要求蚂蚁集团交出用户数据。', claim: null, actors: ['ant'] },
  {
    text: 'Ant Group has not agreed to give its borrowers’ data to any government database.',
    claim: null,
    actors: ['ant'],
  },
  {
    text: 'The PBoC praised Ant Group for the speed at which it had shared data.',
    claim: null,
    actors: ['pboc', 'ant'],
  },
  { text: '央行对蚂蚁集团的整改进展表示满意。', claim: null, actors: ['pboc', 'ant'] },
  {
    text: 'Ant Group has about 1 billion Alipay users and 80 million merchants.',
    claim: null,
    actors: ['ant', 'alipay'],
  },
  {
    text: 'SAMR fined Alibaba 500,000 yuan for failing to report an acquisition.',
    claim: null,
    actors: ['samr', 'alibaba'],
  },
  {
    text: '国家市场监督管理总局对美团处以34.42亿元罚款，原因是其滥用市场支配地位。',
    claim: null,
    actors: ['samr', 'meituan', 'meituan_antitrust_fine_2021'],
  },
  { text: 'Didi was allowed to add new users again in January 2023.', claim: null, actors: [] },
  { text: '滴滴App在应用商店重新上架。', claim: null, actors: ['didi'] },
  {
    text: 'The CAC said Didi Global had illegally collected millions of pieces of facial recognition data from users.',
    claim: null,
    actors: ['cac', 'didi'],
  },
  {
    text: 'The Data Security Law has not yet been passed by the NPC Standing Committee, which will review a second draft.',
    claim: null,
    actors: ['dsl', 'npcsc'],
  },
  { text: '全国人大常委会第三次审议个人信息保护法草案。', claim: null, actors: ['npcsc', 'pipl'] },
  {
    text: "Jack Ma still holds indirect control over 50% of Ant Group's voting rights.",
    claim: null,
    actors: ['jack_ma', 'ant'],
  },
  { text: '马云近年来很少公开露面，一度在东京居住。', claim: null, actors: ['jack_ma'] },
  {
    text: 'Jack Ma founded Alibaba in Hangzhou in 1999.',
    claim: null,
    actors: ['jack_ma', 'alibaba'],
  },
  {
    text: "Regulators fined Ant Group's payment unit 100 million yuan.",
    claim: null,
    actors: ['ant'],
  },
  {
    text: 'Ant Group said the fine would not affect its operations.',
    claim: null,
    actors: ['ant'],
  },
  {
    text: "The Shanghai Stock Exchange said Ant Group's IPO would go ahead as planned.",
    claim: null,
    actors: ['sse', 'ant_ipo_suspension_2020'],
  },
  { text: '蚂蚁集团计划于11月5日在上海和香港同时上市。', claim: null, actors: ['ant'] },
  {
    text: "Ant Group hoped to raise $34.5 billion in what was billed as the world's biggest IPO.",
    claim: null,
    actors: ['ant'],
  },
  {
    text: 'Chongqing Ant Consumer Finance raised its registered capital to 18.5 billion yuan.',
    claim: null,
    actors: ['chongqing_ant_cf'],
  },
  { text: '中国人民银行征信中心上线了新版个人信用报告。', claim: null, actors: ['crc'] },
  {
    text: 'The Credit Reference Center said platforms could keep sending data directly to banks until the end of 2022.',
    claim: null,
    actors: ['crc'],
  },
  {
    text: "The PBoC's Credit Reporting Business Measures were first published as a draft in January 2021.",
    claim: null,
    actors: ['pboc', 'credit_measures'],
  },
  { text: 'Qiantang Credit is headquartered in Hangzhou.', claim: null, actors: ['qiantang'] },
  { text: '钱塘征信目前尚未获得个人征信牌照。', claim: null, actors: ['qiantang'] },
  {
    text: 'Baihang Credit was set up by NIFA and eight private credit scorers, including Sesame Credit and Tencent Credit.',
    claim: null,
    actors: ['baihang', 'nifa', 'zhima', 'tencent'],
  },
  { text: 'Pudao Credit is 25% owned by JD Digits.', claim: null, actors: ['pudao', 'jd'] },
  { text: '百行征信的第一大股东是中国互联网金融协会。', claim: null, actors: ['baihang', 'nifa'] },
  {
    text: "The PBoC denied that it wanted Ant Group's data handed to a company run by former central bank officials.",
    claim: null,
    actors: ['pboc', 'ant'],
  },
  {
    text: 'Ant Group said it had held no talks with state-owned firms about a credit-scoring venture.',
    claim: null,
    actors: ['ant'],
  },
  { text: '蚂蚁集团与国有企业合作推出了一款理财产品。', claim: null, actors: ['ant'] },
  {
    text: "Tencent's Pony Ma said the company would keep investing in cloud computing.",
    claim: null,
    actors: ['tencent', 'pony_ma'],
  },
  {
    text: "Pony Ma said on the earnings call that Tencent's advertising revenue had recovered.",
    claim: null,
    actors: ['pony_ma', 'tencent'],
  },
  {
    text: 'Pan Gongsheng said the PBoC would keep monetary policy prudent.',
    claim: null,
    actors: ['pan_gongsheng', 'pboc'],
  },
  {
    text: "Yi Gang stayed on as governor of the People's Bank of China in March 2023.",
    claim: null,
    actors: ['yi_gang', 'pboc'],
  },
  { text: '郭树清卸任银保监会主席。', claim: null, actors: ['guo_shuqing', 'cbirc'] },
  {
    text: 'The NFRA fined several Chinese banks for breaching consumer protection rules.',
    claim: null,
    actors: ['nfra'],
  },
  {
    text: 'ByteDance said it would wind down its consumer lending products.',
    claim: null,
    actors: ['bytedance'],
  },
  { text: '京东科技表示，其金融业务已全部纳入持牌机构。', claim: null, actors: ['jd'] },
  {
    text: "Reuters reported that the PBoC had accepted Ant Group's application to set up a financial holding company.",
    claim: null,
    actors: ['reuters', 'pboc', 'ant'],
  },
  { text: '美团表示，将配合监管部门做好个人信息保护工作。', claim: null, actors: ['meituan'] },
  {
    text: "Meituan's food delivery business returned to profit in 2022.",
    claim: null,
    actors: ['meituan'],
  },
  { text: '腾讯否认被要求与朴道征信共享用户数据。', claim: null, actors: ['tencent', 'pudao'] },
  {
    text: "The PBoC's Credit Reference Center has collected credit records on more than 1.1 billion people.",
    claim: null,
    actors: ['pboc', 'crc'],
  },
  {
    text: 'The Financial Times reported that Ant Group would cut its workforce.',
    claim: null,
    actors: ['ft', 'ant'],
  },
  {
    text: "According to the Financial Times, Ant Group's lending partners are mostly small regional banks.",
    claim: null,
    actors: ['ft', 'ant'],
  },
  {
    text: 'Xinhua said Alibaba had been fined for failing to seek approval for past acquisitions.',
    claim: null,
    actors: ['xinhua', 'alibaba'],
  },
  {
    text: 'Jack Ma gave a speech criticising regulators at the Bund Summit in October 2020.',
    claim: null,
    actors: ['jack_ma'],
  },
  {
    text: "Eric Jing said Ant Group would fully comply with the regulators' demands.",
    claim: null,
    actors: ['eric_jing', 'ant'],
  },
  {
    text: 'The PBoC is considering rules on how big technology platforms can use consumer data.',
    claim: null,
    actors: ['pboc'],
  },
  {
    text: 'SCMP reported that Alibaba and Tencent had agreed to open their platforms to each other’s services.',
    claim: null,
    actors: ['scmp', 'alibaba', 'tencent'],
  },
  {
    text: 'SAMR issued anti-monopoly guidelines for the auto industry.',
    claim: null,
    actors: ['samr'],
  },
  { text: '国务院反垄断委员会发布了关于汽车业的反垄断指南。', claim: null, actors: ['amc'] },
  {
    text: 'Pudao Credit applied for a personal credit licence in 2019.',
    claim: null,
    actors: ['pudao'],
  },
  { text: '人民银行表示，暂不考虑发放新的个人征信牌照。', claim: null, actors: ['pboc'] },
  {
    text: 'The Cybersecurity Review Office said its review of Full Truck Alliance and Kanzhun had begun.',
    claim: null,
    actors: ['cac', 'full_truck_alliance', 'kanzhun'],
  },
  {
    text: 'Didi Global said it would delist from the New York Stock Exchange.',
    claim: null,
    actors: ['didi'],
  },
  // More sentences close to a claim that state none.
  {
    text: "Ant Group's consumer lending unit agreed to raise its registered capital.",
    claim: null,
    actors: ['ant'],
  },
  {
    text: "The People's Bank of China said it would not take over any company's data.",
    claim: null,
    actors: ['pboc'],
  },
  {
    text: 'Pan Gongsheng said the PBoC had not asked Ant Group to hand over its data.',
    claim: null,
    actors: ['pan_gongsheng', 'pboc', 'ant'],
  },
  {
    text: 'Meituan was fined 3.44 billion yuan for forcing merchants to choose one of two platforms.',
    claim: null,
    actors: ['meituan', 'meituan_antitrust_fine_2021'],
  },
  {
    text: 'The CAC fined Didi Global 8 million yuan for a data breach.',
    claim: null,
    actors: ['cac', 'didi'],
  },
  { text: '蚂蚁集团同意支付宝向用户开放更多理财产品。', claim: null, actors: ['ant', 'alipay'] },
  {
    text: 'Jack Ma did not give up control of Ant Group, the company said.',
    claim: null,
    actors: ['jack_ma', 'ant'],
  },
  {
    text: "The NPC Standing Committee passed an amendment to China's Anti-Monopoly Law in June 2022.",
    claim: null,
    actors: ['npcsc', 'aml_law'],
  },
  {
    text: 'Qiantang Credit was fined for breaching data rules.',
    claim: null,
    actors: ['qiantang'],
  },
  {
    text: 'The Shanghai Stock Exchange suspended trading in the shares of a chipmaker.',
    claim: null,
    actors: ['sse'],
  },
  {
    text: "Jack Ma stepped down as Alibaba's chairman in 2019.",
    claim: null,
    actors: ['jack_ma', 'alibaba'],
  },
  {
    text: 'Regulators ordered Ant Group to overhaul its Huabei and Jiebei lending apps to protect consumers.',
    claim: null,
    actors: ['ant', 'huabei', 'jiebei'],
  },
  { text: '央行表示，个人征信牌照的审批将更加严格。', claim: null, actors: ['pboc'] },
];
