// The CSS variables VS Code gives a webview, for two of its default themes (Dark Modern and
// Light Modern), so the chain page can be drawn in a plain browser as VS Code would draw it.

export interface Theme {
  /** The body class VS Code sets: vscode-dark, vscode-light, vscode-high-contrast. */
  bodyClass: string;
  variables: Record<string, string>;
}

const FONTS = {
  'font-family': '"Segoe UI", "Ubuntu", "Cantarell", "DejaVu Sans", system-ui, sans-serif',
  'font-size': '13px',
  'editor-font-family': '"DejaVu Sans Mono", "Droid Sans Mono", monospace',
};

export const DARK_MODERN: Theme = {
  bodyClass: 'vscode-dark',
  variables: {
    ...FONTS,
    'editor-background': '#1f1f1f',
    'editor-foreground': '#cccccc',
    descriptionForeground: '#9d9d9d',
    'editorWidget-background': '#252526',
    'widget-border': '#3c3c3c',
    'widget-shadow': 'rgba(0, 0, 0, 0.36)',
    focusBorder: '#0078d4',
    'textLink-foreground': '#4daafc',
    errorForeground: '#f85149',
    'editorWarning-foreground': '#cca700',
    'editorInfo-foreground': '#3794ff',
    'testing-iconPassed': '#73c991',
    'editorLineNumber-foreground': '#6e7681',
    'badge-background': '#616161',
    'badge-foreground': '#f8f8f8',
    'button-secondaryBackground': '#313131',
    'button-secondaryForeground': '#cccccc',
    'button-secondaryHoverBackground': '#3c3c3c',
    'button-border': '#ffffff12',
    'charts-red': '#f14c4c',
    'charts-blue': '#3794ff',
    'charts-yellow': '#cca700',
    'charts-orange': '#d18616',
    'charts-green': '#89d185',
    'charts-purple': '#b180d7',
    'terminal-ansiCyan': '#11a8cd',
    'terminal-ansiMagenta': '#bc3fbc',
  },
};

export const LIGHT_MODERN: Theme = {
  bodyClass: 'vscode-light',
  variables: {
    ...FONTS,
    'editor-background': '#ffffff',
    'editor-foreground': '#3b3b3b',
    descriptionForeground: '#616161',
    'editorWidget-background': '#f8f8f8',
    'widget-border': '#e5e5e5',
    'widget-shadow': 'rgba(0, 0, 0, 0.16)',
    focusBorder: '#005fb8',
    'textLink-foreground': '#005fb8',
    errorForeground: '#e51400',
    'editorWarning-foreground': '#bf8803',
    'editorInfo-foreground': '#1a85ff',
    'testing-iconPassed': '#388a34',
    'editorLineNumber-foreground': '#6e7681',
    'badge-background': '#cccccc',
    'badge-foreground': '#3b3b3b',
    'button-secondaryBackground': '#e5e5e5',
    'button-secondaryForeground': '#3b3b3b',
    'button-secondaryHoverBackground': '#cccccc',
    'charts-red': '#e51400',
    'charts-blue': '#1a85ff',
    'charts-yellow': '#bf8803',
    'charts-orange': '#d18616',
    'charts-green': '#388a34',
    'charts-purple': '#652d90',
    'terminal-ansiCyan': '#0598bc',
    'terminal-ansiMagenta': '#bc05bc',
  },
};

/** `:root { --vscode-…: …; }` as VS Code sets it on the webview's document. */
export function themeCss(theme: Theme): string {
  const lines = Object.entries(theme.variables).map(([name, value]) => `  --vscode-${name}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}
