/** The brand colour of the header, used for the browser's toolbar and the splash screen. */
export const themeColour = '#8b1a1a';

/** The icons in public/icons/: a scalable one and the two PNG sizes Android asks for. */
export const manifestIcons = [
  { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

export interface ManifestInput {
  /** The site's name in the locale. */
  name: string;
  /** The short name under the home-screen icon. */
  shortName: string;
  /** BCP 47 language tag. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The locale's home page, for example `/en/`. */
  startUrl: string;
}

/** A web app manifest for one locale, so "Add to home screen" opens the reader's language. */
export function webAppManifest(input: ManifestInput): Record<string, unknown> {
  return {
    id: input.startUrl,
    name: input.name,
    short_name: input.shortName,
    lang: input.lang,
    dir: input.dir,
    start_url: input.startUrl,
    scope: '/',
    display: 'standalone',
    theme_color: themeColour,
    background_color: '#ffffff',
    icons: manifestIcons,
  };
}
