/**
 * Sentences labelled with how they attribute what they say, written for these tests in the
 * register of news about China's tech regulation. `heldOut` sentences were written before the
 * cue file and are reported on their own: they measure how the cues do on phrasings they were
 * not tuned on. `null` marks a look-alike: it resembles attribution and is not.
 */
import type { AttributionKind } from '../../../lib/match/attribution';

export interface LabelledSentence {
  text: string;
  kind: AttributionKind | null;
  lang: 'en' | 'zh';
  heldOut?: true;
}

const held = (kind: AttributionKind | null, lang: 'en' | 'zh', text: string): LabelledSentence => ({
  text,
  kind,
  lang,
  heldOut: true,
});
const tuned = (
  kind: AttributionKind | null,
  lang: 'en' | 'zh',
  text: string,
): LabelledSentence => ({ text, kind, lang });

export const labelledSentences: LabelledSentence[] = [
  // Held out: written first, never used to tune the cues.
  held(
    'anonymous',
    'en',
    'The regulator is weighing a fine of more than $1 billion, two people with knowledge of the discussions said.',
  ),
  held(
    'anonymous',
    'en',
    "Ant's management was told to prepare a restructuring plan by the end of the month, according to a person briefed on the meeting.",
  ),
  held('anonymous', 'zh', '据一位接近监管部门的人士透露，相关整改方案已基本成形。'),
  held('anonymous', 'zh', '知情人士称，滴滴曾被要求推迟在美上市。'),
  held(
    'named-official',
    'en',
    "Yi Gang, governor of the People's Bank of China, said the platform companies must hold licences for their finance arms.",
  ),
  held(
    'named-official',
    'en',
    '"We will not tolerate monopolies," said Han Wenxiu, a senior economic official, at a forum in Beijing.',
  ),
  held(
    'named-official',
    'zh',
    '国家市场监管总局局长张工在发布会上表示，平台经济反垄断监管将常态化。',
  ),
  held('named-official', 'zh', '证监会主席易会满指出，资本市场要支持科技创新。'),
  held(
    'official-document',
    'en',
    'The draft rules say platforms with more than one million users must undergo a security review before listing abroad.',
  ),
  held(
    'official-document',
    'en',
    'Lenders must fund at least 30% of each joint loan themselves, according to the guidelines published on Friday.',
  ),
  held('official-document', 'zh', '通知明确，网络小额贷款公司的注册资本不低于10亿元。'),
  held('official-document', 'zh', '根据国务院印发的指导意见，平台企业不得滥用市场支配地位。'),
  held(
    'company-statement',
    'en',
    'Didi said it would cooperate fully with the review and remove the app from stores.',
  ),
  held(
    'company-statement',
    'en',
    'A spokeswoman for Tencent said the company was studying the new rules.',
  ),
  held('company-statement', 'zh', '腾讯方面回应称，将认真落实监管部门的各项要求。'),
  held('company-statement', 'zh', '蚂蚁集团在声明中表示，公司将全力配合整改工作。'),
  held(
    'no-comment',
    'en',
    'The China Securities Regulatory Commission did not respond to a faxed request for comment.',
  ),
  held(
    'no-comment',
    'en',
    'Representatives for Meituan could not be reached for comment outside business hours.',
  ),
  held('no-comment', 'zh', '截至发稿，阿里巴巴方面暂未回复记者的采访请求。'),
  held('no-comment', 'zh', '对于上述消息，字节跳动拒绝置评。'),
  held(
    'other-outlet',
    'en',
    'The Financial Times reported last month that the company had shelved plans for a Hong Kong listing.',
  ),
  held(
    'other-outlet',
    'en',
    'Regulators summoned the executives on Monday, state broadcaster CCTV reported.',
  ),
  held('other-outlet', 'zh', '据彭博社周二报道，监管机构正考虑对该公司处以罚款。'),
  held('other-outlet', 'zh', '《华尔街日报》援引知情人士的话报道称，马云已同意放弃控制权。'),
  held('vague', 'en', 'Some analysts believe the crackdown has already peaked.'),
  held('vague', 'en', 'Critics say the new rules give the internet regulator sweeping powers.'),
  held('vague', 'zh', '有分析人士认为，此次罚款金额远低于市场预期。'),
  held('vague', 'zh', '外界普遍认为，监管层释放了积极信号。'),
  held(null, 'en', 'The Bloomberg Terminal on her desk showed the yuan falling.'),
  held(null, 'en', 'Fintech lending has been a source of growth for smaller banks.'),
  held(null, 'en', 'Didi reported a net loss of 30 billion yuan for the year.'),
  held(
    null,
    'en',
    "The company's market value came close to $300 billion before the listing was halted.",
  ),
  held(null, 'en', "Analysts' forecasts for the quarter were cut sharply."),
  held(null, 'zh', '该栏目曾播出一期题为《路透社报道称的真相》的节目。'),
  held(null, 'zh', '会议通知已经张贴在公告栏上。'),
  held(null, 'zh', '据统计，二季度移动支付交易额同比增长两成。'),

  // Tuning set: the cues were developed against these.
  tuned(
    'anonymous',
    'en',
    'People familiar with the matter said the listing would be delayed by at least six months.',
  ),
  tuned(
    'anonymous',
    'en',
    'The central bank has asked the company to open its credit data, sources told Reuters.',
  ),
  tuned(
    'anonymous',
    'en',
    'According to people briefed on the plans, the new holding company will be supervised like a bank.',
  ),
  tuned(
    'anonymous',
    'en',
    'A person with knowledge of the talks said the fine could be announced as early as this week.',
  ),
  tuned(
    'anonymous',
    'en',
    'Jack Ma has not been seen in public since October, said an executive who asked not to be named.',
  ),
  tuned('anonymous', 'en', 'Insiders say the review was triggered by a speech in Shanghai.'),
  tuned(
    'anonymous',
    'en',
    'The officials, who spoke on condition of anonymity because the matter is private, said the order came from the State Council.',
  ),
  tuned('anonymous', 'zh', '消息人士透露，监管部门已约谈多家平台企业负责人。'),
  tuned('anonymous', 'zh', '一位不愿具名的银行高管表示，联合贷款业务将大幅收缩。'),
  tuned('anonymous', 'zh', '据知情人士透露，该公司正在研究拆分其金融业务。'),
  tuned('anonymous', 'zh', '熟悉此事的人士称，整改方案需在月底前提交。'),

  tuned(
    'named-official',
    'en',
    'Guo Shuqing, chairman of the China Banking and Insurance Regulatory Commission, said online lenders had been charging too much.',
  ),
  tuned(
    'named-official',
    'en',
    'PBoC deputy governor Pan Gongsheng told reporters that Ant\'s problems were "rooted in its governance".',
  ),
  tuned(
    'named-official',
    'en',
    'Premier Li Keqiang said at a State Council meeting that platform firms should be regulated in line with the law.',
  ),
  tuned(
    'named-official',
    'en',
    '"Innovation must take place under regulation," Vice Premier Liu He told the gathering.',
  ),
  tuned(
    'named-official',
    'en',
    'Ant Group chairman Eric Jing told employees in a letter that the company would reflect on its mistakes.',
  ),
  tuned(
    'named-official',
    'en',
    'Guo said the rectification of fintech platforms was progressing smoothly.',
  ),
  tuned(
    'named-official',
    'en',
    'Speaking at a conference in Beijing, Zhou Xiaochuan, the former central bank governor, warned about the risks of big tech in finance.',
  ),
  tuned('named-official', 'zh', '央行副行长潘功胜表示，蚂蚁集团将整体申设为金融控股公司。'),
  tuned('named-official', 'zh', '银保监会主席郭树清在论坛上指出，部分平台企业存在严重违规行为。'),
  tuned('named-official', 'zh', '外交部发言人汪文斌在例行记者会上说，中方依法监管平台企业。'),
  tuned('named-official', 'zh', '阿里巴巴董事局主席张勇在致员工信中表示，公司诚恳接受处罚。'),

  tuned(
    'official-document',
    'en',
    'According to a statement on its website, the State Administration for Market Regulation fined Alibaba 18.2 billion yuan.',
  ),
  tuned(
    'official-document',
    'en',
    'The notice said online micro-lenders must not operate outside the province where they are registered.',
  ),
  tuned(
    'official-document',
    'en',
    'The guidelines require platforms to stop forcing merchants to choose between rivals.',
  ),
  tuned(
    'official-document',
    'en',
    'Under the regulation, which takes effect on Sept. 1, companies must classify data by its importance to national security.',
  ),
  tuned(
    'official-document',
    'en',
    'The CBIRC said in a statement that it would keep a close watch on online lending.',
  ),
  tuned(
    'official-document',
    'en',
    "A ruling published by the Supreme People's Court says user data collected without consent cannot be sold.",
  ),
  tuned(
    'official-document',
    'en',
    "The decision, issued by the Cyberspace Administration of China, ordered app stores to remove Didi's app.",
  ),
  tuned('official-document', 'zh', '市场监管总局公告显示，阿里巴巴被处以182.28亿元罚款。'),
  tuned(
    'official-document',
    'zh',
    '《网络小额贷款业务管理暂行办法（征求意见稿）》规定，经营网络小额贷款业务不得跨省开展。',
  ),
  tuned(
    'official-document',
    'zh',
    '根据国家网信办发布的文件，掌握超过100万用户个人信息的运营者赴国外上市须申报网络安全审查。',
  ),
  tuned('official-document', 'zh', '通知称，各平台须在一个月内完成自查自纠。'),

  tuned(
    'company-statement',
    'en',
    'Alibaba said in a statement that it accepted the penalty with sincerity.',
  ),
  tuned(
    'company-statement',
    'en',
    'In a statement, Ant said it would set up a financial holding company.',
  ),
  tuned(
    'company-statement',
    'en',
    'A spokesperson for Ant said the company was working to implement the requirements.',
  ),
  tuned(
    'company-statement',
    'en',
    'The company said its services would continue as normal during the review.',
  ),
  tuned(
    'company-statement',
    'en',
    'Meituan Inc. said in a filing to the Hong Kong stock exchange that it had received notice of the investigation.',
  ),
  tuned(
    'company-statement',
    'en',
    'Didi Global told users in a post on Weibo that existing users could keep using the app.',
  ),
  tuned('company-statement', 'en', 'An Alibaba spokesman said the firm would not appeal.'),
  tuned('company-statement', 'zh', '阿里巴巴回应称，将诚恳接受处罚，确保依法合规经营。'),
  tuned('company-statement', 'zh', '蚂蚁集团表示，将全面落实约谈要求。'),
  tuned('company-statement', 'zh', '对此，美团相关负责人表示，公司将积极配合调查。'),
  tuned('company-statement', 'zh', '滴滴公司发布声明称，已按要求启动整改。'),

  tuned('no-comment', 'en', 'Ant did not respond to a request for comment.'),
  tuned('no-comment', 'en', "The People's Bank of China declined to comment."),
  tuned('no-comment', 'en', 'Tencent did not immediately comment on the report.'),
  tuned('no-comment', 'en', 'Representatives for Didi could not be reached for comment on Sunday.'),
  tuned(
    'no-comment',
    'en',
    'The Cyberspace Administration of China did not reply to emailed questions.',
  ),
  tuned('no-comment', 'en', 'Alibaba had no immediate comment.'),
  tuned(
    'no-comment',
    'en',
    'A spokesperson for the CBIRC declined to comment on the report, citing the ongoing investigation.',
  ),
  tuned('no-comment', 'zh', '蚂蚁集团未回应置评请求。'),
  tuned('no-comment', 'zh', '阿里巴巴拒绝置评。'),
  tuned('no-comment', 'zh', '截至发稿，滴滴方面暂未回复。'),
  tuned('no-comment', 'zh', '央行对此不予置评。'),

  tuned(
    'other-outlet',
    'en',
    'According to a report by Reuters, the regulators had asked Ant to shrink its lending business.',
  ),
  tuned('other-outlet', 'en', 'Bloomberg reported on Thursday that Alibaba faced a record fine.'),
  tuned(
    'other-outlet',
    'en',
    'Regulators have ordered Didi to overhaul its data practices, the South China Morning Post reported, citing an internal memo.',
  ),
  tuned(
    'other-outlet',
    'en',
    'As first reported by Caixin, the central bank drafted the rules last year.',
  ),
  tuned(
    'other-outlet',
    'en',
    "Beijing wants Ant's credit data placed in a state-backed venture, according to Bloomberg News, which cited people familiar with the matter.",
  ),
  tuned(
    'other-outlet',
    'en',
    'State news agency Xinhua said the meeting had called for tougher antitrust enforcement.',
  ),
  tuned(
    'other-outlet',
    'en',
    'The Wall Street Journal, citing people familiar with the matter, said the company would pay a fine.',
  ),
  tuned('other-outlet', 'zh', '据路透社报道，监管部门要求蚂蚁集团缩减信贷业务规模。'),
  tuned('other-outlet', 'zh', '彭博社援引知情人士的话称，监管层正在研究新的整改措施。'),
  tuned('other-outlet', 'zh', '据财新网消息，网络小贷新规已进入征求意见阶段。'),
  tuned('other-outlet', 'zh', '美国《华尔街日报》报道称，阿里巴巴或将面临创纪录的罚款。'),

  tuned('vague', 'en', 'Some analysts said the fine was smaller than investors had feared.'),
  tuned('vague', 'en', 'Observers believe the move signals the end of the crackdown.'),
  tuned('vague', 'en', 'It is widely believed that the regulators were unhappy with the speech.'),
  tuned('vague', 'en', 'Experts say the rules will raise costs for smaller platforms.'),
  tuned('vague', 'en', 'Many economists argue that the campaign has hurt private investment.'),
  tuned('vague', 'en', 'Industry watchers expect more fines to follow.'),
  tuned('vague', 'en', 'Skeptics point out that similar promises were made before.'),
  tuned('vague', 'zh', '业内人士认为，新规将重塑互联网金融格局。'),
  tuned('vague', 'zh', '有观点认为，监管的重点已经从整治转向规范发展。'),
  tuned('vague', 'zh', '不少专家指出，平台经济的监管框架仍需完善。'),
  tuned('vague', 'zh', '市场普遍预期，相关罚款将在年底前公布。'),

  tuned(null, 'en', 'Visitors queued outside the Reuters Tower in Canary Wharf.'),
  tuned(null, 'en', 'The Statement of Financial Position shows total assets of 1.2 trillion yuan.'),
  tuned(null, 'en', '“This is said to be a record,” the poster at the exhibition read.'),
  tuned(null, 'en', 'Banks were told to check the so-called sources of funds for each loan.'),
  tuned(null, 'en', 'Alibaba reported revenue of 221 billion yuan for the quarter.'),
  tuned(
    null,
    'en',
    'The payment app became a source of strength for the group during the pandemic.',
  ),
  tuned(null, 'en', 'The company did not respond quickly enough to complaints about the outage.'),
  tuned(null, 'en', 'The court ruled out a settlement before the hearing.'),
  tuned(null, 'en', 'According to plan, the new headquarters will open next spring.'),
  tuned(null, 'en', 'A notice board in the lobby lists the opening hours.'),
  tuned(null, 'en', 'The sources of the Yangtze lie on the Tibetan plateau.'),
  tuned(null, 'en', 'A crowd of people close to the stage cheered when Ma walked out.'),
  tuned(null, 'en', 'The report card for the school year was posted online.'),
  tuned(null, 'en', "The ministry's press office moved to a new building in March."),
  tuned(null, 'en', 'Regulators told banks to stop lending to the platform.'),
  tuned(null, 'zh', '他在节目中朗读了题为《外媒报道称中国科技股遭抛售》的文章。'),
  tuned(null, 'zh', '这篇报道称得上是年度最佳财经调查。'),
  tuned(null, 'zh', '消费者的知情权应当受到保护。'),
  tuned(null, 'zh', '央行副行长一职目前仍然空缺。'),
  tuned(null, 'zh', '业内人士名单将于下周公布。'),
  tuned(null, 'zh', '他拒绝了这份工作邀请。'),
  tuned(null, 'zh', '截至发稿时，股价上涨了3%。'),
  tuned(null, 'zh', '不少用户对滴滴的回应表示不满。'),
];
