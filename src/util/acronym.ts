// kg/util: acronyms of names ("Baltic Defence Treaty Organization" -> "BDTO"), for matching a short form to
// the full name it stands for. Pure; knows no particular name.

/** Initials of the capitalized words of a multi-word name: "Baltic Defence Treaty Organization" -> "BDTO"; "" for one word. */
export function acronymOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length > 1 ? words.map((w) => w[0]).join('') : '';
}

/** Whether a name is written as an acronym: two to six capital letters. */
export const isAcronym = (name: string): boolean => /^\p{Lu}{2,6}$/u.test(name);
