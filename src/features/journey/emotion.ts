/** A signed value as people write it: "+2", "0", "−1". */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
}

/** The colour class of an emotion, from red (−2) to green (+2); no emoji, which not every system can draw. */
export function emotionClass(value: number): string {
  return `emotion emotion--${Math.round(value) < 0 ? 'm' : 'p'}${Math.abs(Math.round(value))}`;
}
