// color-name ships JavaScript only: the CSS named colours, each with its RGB value.
declare module 'color-name' {
  const colors: Readonly<Record<string, readonly [number, number, number]>>;
  export default colors;
}
