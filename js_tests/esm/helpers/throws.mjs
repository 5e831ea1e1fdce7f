import './side_effect.mjs'; throw new Error('module body threw');
