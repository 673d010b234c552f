/**
 * The web editor's page script: Decap CMS from npm (never a CDN), configured
 * by /admin/config.yml, which decapAdmin.ts generates from the zod schemas.
 */
import CMS from 'decap-cms-app';

CMS.init();
