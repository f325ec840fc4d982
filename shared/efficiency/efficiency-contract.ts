/** The efficiency comparison's API methods (spread into shared/contract.ts). */
import { z } from 'zod';
import { uuid } from '../entry-schema';
import { method, nothing } from '../contract-method';
import {
  comparisonRequest,
  comparisonView,
  entryEfficiencyView,
  IMPORT_BODY_BYTES,
  marketRef,
  measurement,
  measurementFields,
  measurementImportInput,
  measurementImportPreview,
  metricFields,
  storedMetric,
  versioned,
} from './efficiency-schema';

export const efficiencyMethods = {
  'efficiency.metrics': method(nothing, z.array(storedMetric), 'The metric catalogue: name, unit, direction, weight, aggregation, money and currency.'),
  'efficiency.addMetric': method(metricFields, storedMetric, 'Add a metric of your own to the catalogue.'),
  'efficiency.updateMetric': method(z.object({ ...versioned, id: z.string().max(63), fields: metricFields }).strict(), storedMetric, 'Edit a metric (refused when someone changed it since it was read).'),
  'efficiency.measurements': method(z.object({ market: marketRef }).strict(), z.array(measurement), "A market's measurements (an entry id, or a home market's country code), oldest period first."),
  'efficiency.addMeasurement': method(measurementFields, measurement, 'Record a dated measurement for a home market or an entry.'),
  'efficiency.updateMeasurement': method(z.object({ ...versioned, fields: measurementFields }).strict(), measurement, 'Edit a measurement (refused when someone changed it since it was read).'),
  'efficiency.deleteMeasurement': method(z.object(versioned).strict(), z.object({ id: z.string() }), 'Delete a measurement (refused when someone changed it since it was read).'),
  'efficiency.previewImport': method(
    measurementImportInput,
    measurementImportPreview,
    "Dry run of importing a CSV or XLSX of measurements for an entry and its home market: what it would add, and every problem by row and column.",
    IMPORT_BODY_BYTES,
  ),
  'efficiency.applyImport': method(measurementImportInput, measurementImportPreview, 'Import a CSV or XLSX of measurements in one transaction; nothing is imported when any row has a problem.', IMPORT_BODY_BYTES),
  'efficiency.entryView': method(z.object({ entryId: uuid }).strict(), entryEfficiencyView, "An entry against its home market: each metric's latest values and ratio, the index, satisfaction and their trends."),
  'efficiency.comparison': method(comparisonRequest, comparisonView, 'Markets side by side on the index or one metric, ranked, with the target and each trend since the entry started.'),
};
