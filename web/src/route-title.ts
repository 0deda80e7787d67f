// The document title of each route, from its path alone.

/**
 * The document title of a route (each page also has exactly one h1). A detail page is titled by
 * its kind only: the name from the address is not shown before the resource loads (a person
 * without rights learns nothing of it); the page then titles itself by name (usePageTitle).
 */
export function titleOf(path: string): string {
  const parts = path.split('/').filter((p) => p !== '');
  const [first, , name] = parts;
  switch (first) {
    case undefined:
      return 'Overview';
    case 'trainings':
      return name ? 'Training' : 'Trainings';
    case 'predictions':
      return name ? 'Prediction' : 'Predictions';
    case 'models':
      return name ? 'Model' : 'Models';
    case 'clusters':
      return 'Clusters';
    case 'new':
      return parts[1] === 'prediction' ? 'New prediction' : 'New training';
    default:
      return 'Not found';
  }
}
