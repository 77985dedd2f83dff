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
  userData: '#7b3fa0',
} as const;

export type Palette = { [K in keyof typeof palette]: string };

/** Dark theme: dark land on a darker sea, light outlines so black-list markers stay visible. */
export const darkPalette: Palette = {
  sea: '#0e1a22',
  neighbourLand: '#1c2226',
  neighbourLine: '#2b3338',
  provinceFill: '#283036',
  provinceTint: '#5a3d2a',
  provinceLine: '#66707a',
  redList: '#e0574b',
  blackList: '#0b0b0b',
  even: '#a58bc0',
  notReported: '#f2f2f2',
  markerStroke: '#e6e6e6',
  selected: '#6aa8ff',
  label: '#f0f0f0',
  labelHalo: '#0e1a22',
  userData: '#c9a2e6',
};

export type Theme = 'light' | 'dark';

export const palettes: Record<Theme, Palette> = { light: palette, dark: darkPalette };
