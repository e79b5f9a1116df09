const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A knowledge-base date in words, as precise as it is known: "2018" stays "2018", "2018-03"
 * reads "Mar 2018", "2018-03-05" reads "5 Mar 2018"; for a Chinese reader "2018年3月5日". Anything
 * else is shown as written. Pure: the caller says which language.
 */
export function formatPartialDate(date: string, language: 'en' | 'zh' = 'en'): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (language === 'zh') {
    const m = Number(month);
    if (!month || m < 1 || m > 12) return `${year}年`;
    return day ? `${year}年${m}月${Number(day)}日` : `${year}年${m}月`;
  }
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (!monthName) return year!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
