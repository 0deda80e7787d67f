// The five resource kinds of ml.hpc.dev/v1alpha1. Spec and status shapes are generated from
// crds/ (the single source of the schemas); this file only puts them in Kubernetes envelopes.
import type { KubernetesObject, V1ObjectMeta } from '@kubernetes/client-node';
import type {
  ModelSpec,
  ModelStatus,
  ModelVersionSpec,
  PredictionSpec,
  PredictionStatus,
  SlurmClusterSpec,
  SlurmClusterStatus,
  TrainingSpec,
  TrainingStatus,
} from './generated/crds.ts';

export type * from './generated/crds.ts';
export { resourceKinds } from './generated/crds.ts';

export const GROUP = 'ml.hpc.dev';
export const VERSION = 'v1alpha1';
export const API_VERSION = `${GROUP}/${VERSION}`;
export const FINALIZER = 'ml.hpc.dev/slurm-job';
export const FIELD_MANAGER = 'slurm-ml-operator';
/** On every ModelVersion: the Model it belongs to, so `kubectl get mv -l ml.hpc.dev/model=x` lists them. */
export const MODEL_LABEL = 'ml.hpc.dev/model';
/** On every ModelVersion the operator registers: the uid of the Training it came from. */
export const TRAINING_UID_LABEL = 'ml.hpc.dev/training-uid';

interface Resource<Kind extends string, Spec, Status> extends KubernetesObject {
  apiVersion: typeof API_VERSION;
  kind: Kind;
  metadata: V1ObjectMeta;
  spec: Spec;
  status?: Status;
}

export type Training = Resource<'Training', TrainingSpec, TrainingStatus>;
export type Prediction = Resource<'Prediction', PredictionSpec, PredictionStatus>;
export type Model = Resource<'Model', ModelSpec, ModelStatus>;
export type ModelVersion = Resource<'ModelVersion', ModelVersionSpec, never>;
export type SlurmCluster = Resource<'SlurmCluster', SlurmClusterSpec, SlurmClusterStatus>;

export type Phase = NonNullable<TrainingStatus['phase']>;
export type Condition = NonNullable<TrainingStatus['conditions']>[number];

/** The kinds that run as a Slurm job. */
export type JobResource = Training | Prediction;
