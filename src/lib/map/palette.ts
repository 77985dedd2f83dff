/** Map colours. Red and black list emphasis also differ in marker outline, never in colour alone. */
export const palette = {
  sea: '#dde8ee',
  neighbourLand: '#ece9e2',
  neighbourLine: '#d3cec4',
  provinceFill: '#fbfaf6',
  provinceTint: '#f6dcc9',
  provinceLine: '#a9a294',
  redList: '#c0392b',
  blackList: '#1f1f1f',
  even: '#7a5c8e',
  notReported: '#ffffff',
  markerStroke: '#3a3a3a',
  selected: '#1b5fbf',
  label: '#222222',
  labelHalo: '#ffffff',
} as const;

export type Palette = { [K in keyof typeof palette]: string };
