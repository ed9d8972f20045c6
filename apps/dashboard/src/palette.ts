/**
 * Okabe and Ito's eight colours, told apart with every common colour-vision deficiency; the
 * charts also draw ECharts' decal patterns, so that no series is known by its colour alone.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
