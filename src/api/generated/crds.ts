// Generated from crds/*.yaml by `npm run generate`. Do not edit by hand.
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description What the model's owners say about it.
         * @default {}
         */
        ModelSpec: {
            /** @description Named pointers to versions, e.g. production: 3. A Prediction may name an alias instead of a version. */
            aliases?: {
                [key: string]: number;
            };
            /** @description Free text about the model. */
            description?: string;
            /** @description Free-form key/value tags. */
            tags?: {
                [key: string]: string;
            };
        };
        /** @description A summary of the model's ModelVersions, written only by the operator. Its size does not grow with the number of versions: the versions are ModelVersion objects. */
        ModelStatus: {
            /** @description The aliases of spec.aliases whose version is registered, resolved to it. */
            aliases?: {
                [key: string]: number;
            };
            /** @description Standard conditions, including Ready (at least one version registered). */
            conditions?: {
                /**
                 * Format: date-time
                 * @description When the status last changed.
                 */
                lastTransitionTime: string;
                /** @description Human-readable details. */
                message: string;
                /**
                 * Format: int64
                 * @description The metadata.generation the condition was set for.
                 */
                observedGeneration?: number;
                /** @description CamelCase reason for the last transition. */
                reason: string;
                /**
                 * @description True, False or Unknown.
                 * @enum {string}
                 */
                status: "True" | "False" | "Unknown";
                /** @description Condition type, e.g. Complete, Failed, Submitted, Admitted. */
                type: string;
            }[];
            /** @description Highest registered version (what a Prediction without version or alias uses). */
            latestVersion?: number;
            /** @description The number the next registration takes at the least. Every number below it has been given to a version, so a missing one was deleted and will not come back. */
            nextVersion?: number;
            /**
             * Format: int64
             * @description The metadata.generation this status reflects.
             */
            observedGeneration?: number;
            /** @description Number of ModelVersions of this model. */
            versionCount?: number;
            /** @description Deprecated: the version list of operator releases before ModelVersion. Read once, to create the ModelVersions, and then removed by the operator. */
            versions?: {
                /** @description SlurmCluster the training ran on. */
                cluster?: string;
                /**
                 * Format: date-time
                 * @description When the version was registered.
                 */
                createdAt: string;
                /** @description Exit code of the training job. */
                exitCode?: number;
                /**
                 * Format: int64
                 * @description Slurm job id of the training.
                 */
                jobId?: number;
                /** @description Directory holding the version. */
                path: string;
                /** @description Name of the Training that produced the version. */
                training?: string;
                /** @description UID of the Training that produced the version. */
                trainingUid?: string;
                /** @description Version number. */
                version: number;
            }[];
        };
        /** @description The version as registered. Its model, version, path and training never change. */
        ModelVersionSpec: {
            /** @description SlurmCluster the training ran on. */
            cluster?: string;
            /**
             * Format: date-time
             * @description When the training job ended (Slurm's end time), or when the version was registered.
             */
            createdAt: string;
            /** @description Exit code of the training job. */
            exitCode?: number;
            /**
             * Format: int64
             * @description Slurm job id of the training.
             */
            jobId?: number;
            /** @description Final metrics of the training (name to value); reserved for the job's own reports. */
            metrics?: {
                [key: string]: number;
            };
            /** @description Name of the Model, in the same namespace. */
            model: string;
            /** @description Directory holding the trained model: {modelsBasePath}/{namespace}/{model}/runs/{training}-{training uid} for versions registered by this operator release; migrated versions keep their earlier .../v{version} path. */
            path: string;
            /** @description The Training that produced the version. */
            training?: {
                name: string;
                uid: string;
            };
            /** @description Version number, from 1; contiguous unless versions were deleted. */
            version: number;
        };
        /** @description Which model version to predict with, on which input, with which template and resources. */
        PredictionSpec: {
            /** @description Model alias to resolve (e.g. production), as set in the Model's spec.aliases. */
            alias?: string;
            /** @description Name of the SlurmCluster to run on. Omitted means the cluster marked default. */
            cluster?: string;
            /** @description Absolute path, as seen by the Slurm job, of the data to predict on. */
            input: string;
            /** @description Name of the Model (in this namespace) to predict with. */
            model: string;
            /** @description Values for the template's declared parameters. Each is validated against the template's schema and reaches the job as an environment variable of the same name, never as script text; unknown names are rejected. */
            parameters?: {
                [key: string]: string;
            };
            /** @description Slurm resources for the job. Unset fields come from the template, then from the cluster's defaults. */
            resources?: {
                /** @description Slurm account to charge (sbatch --account). Tenancy on the SlurmCluster may fix it. */
                account?: string;
                /** @description CPUs per task (sbatch --cpus-per-task). */
                cpusPerTask?: number;
                /** @description GPUs per node (sbatch --gres=gpu:N). Zero means none. */
                gpus?: number;
                /** @description Memory per node in Slurm's format, a whole number with an optional unit K, M, G or T (default M), e.g. "16G". */
                memory?: string;
                /** @description Number of nodes (sbatch --nodes). */
                nodes?: number;
                /** @description Slurm partition (sbatch --partition). */
                partition?: string;
                /** @description Slurm quality of service (sbatch --qos). */
                qos?: string;
                /** @description Wall-clock limit in Slurm's format: minutes, minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes or days-hours:minutes:seconds, e.g. "90" or "1-12:00:00". */
                timeLimit?: string;
            };
            /** @description Resubmit the job when it ends in one of the listed Slurm states, up to limit times. */
            retry?: {
                /**
                 * @description Maximum number of resubmissions after the first attempt.
                 * @default 0
                 */
                limit?: number;
                /**
                 * @description Slurm end states that trigger a resubmission.
                 * @default [
                 *       "NODE_FAIL",
                 *       "PREEMPTED",
                 *       "BOOT_FAIL"
                 *     ]
                 */
                onStates?: ("NODE_FAIL" | "PREEMPTED" | "BOOT_FAIL" | "FAILED" | "TIMEOUT" | "OUT_OF_MEMORY" | "DEADLINE")[];
            };
            /**
             * @description While true no job is submitted, and a pending or running job is cancelled (as with a suspended Kubernetes Job). Setting it back to false submits a new job.
             * @default false
             */
            suspend?: boolean;
            /** @description Name of the job template to run, e.g. nnunet-predict or demo-predict. */
            template: string;
            /** @description Model version to use. Omit both version and alias for the highest registered version. */
            version?: number;
        };
        /** @description Observed state, written only by the operator. */
        PredictionStatus: {
            /** @description Number of Slurm jobs submitted for this prediction, including retries. */
            attempts?: number;
            /** @description Standard conditions, including Complete, Failed and ModelReady. */
            conditions?: {
                /**
                 * Format: date-time
                 * @description When the status last changed.
                 */
                lastTransitionTime: string;
                /** @description Human-readable details. */
                message: string;
                /**
                 * Format: int64
                 * @description The metadata.generation the condition was set for.
                 */
                observedGeneration?: number;
                /** @description CamelCase reason for the last transition. */
                reason: string;
                /**
                 * @description True, False or Unknown.
                 * @enum {string}
                 */
                status: "True" | "False" | "Unknown";
                /** @description Condition type, e.g. Complete, Failed, Submitted, Admitted. */
                type: string;
            }[];
            /**
             * Format: date-time
             * @description When the prediction reached a final phase.
             */
            finishedAt?: string;
            /** @description Where each attempt's job wrote its output (stdout and stderr in one file), newest last (at most 10). The logs endpoint and `kubectl ml logs` read them through the SlurmCluster's spec.sharedFilesystem. */
            logs?: {
                /** @description The attempt (1 for the first submission). */
                attempt: number;
                /** @description The SlurmCluster that ran it. */
                cluster?: string;
                /** @description Slurm job id of the attempt. */
                jobId: number;
                /** @description The output file's path on the cluster. */
                path: string;
            }[];
            /** @description A human-readable explanation of the phase. */
            message?: string;
            /** @description The latest value of each metric the job reported (at most 32, the most recently reported first). The full history is in the audit store (history API .../metrics). */
            metrics?: {
                /** @description The metric's name, e.g. loss. */
                name: string;
                /** @description The step (or epoch) at which it was reported. */
                step?: number;
                /** @description The latest value, as a decimal number. */
                value: string;
            }[];
            /** @description Directory of the resolved model version. */
            modelPath?: string;
            /** @description The model version the prediction resolved to. */
            modelVersion?: number;
            /**
             * Format: int64
             * @description The metadata.generation this status reflects.
             */
            observedGeneration?: number;
            /** @description Where the job writes its output: {modelPath}/inference/{uid}-{UTC timestamp}. */
            outputPath?: string;
            /**
             * @description Where the prediction is in its life.
             * @enum {string}
             */
            phase?: "Pending" | "Submitted" | "Running" | "Succeeded" | "Failed" | "Cancelled" | "Lost";
            /** @description The latest phase changes, oldest first (at most 20). Each entry is written in the same status update as the phase it records, so the audit store can recover a transition the operator had not yet stored when it was stopped or killed. */
            phaseHistory?: {
                /**
                 * @description The phase entered.
                 * @enum {string}
                 */
                phase: "Pending" | "Submitted" | "Running" | "Succeeded" | "Failed" | "Cancelled" | "Lost";
                /** @description One CamelCase word saying why. */
                reason?: string;
                /**
                 * Format: date-time
                 * @description When the operator entered the phase, to the millisecond.
                 */
                time: string;
            }[];
            /** @description How far the running job says it has got, from the JSON lines it appends to the file named by $SLURM_ML_PROGRESS_FILE (docs/progress.md). Updated at most once per the operator's progress interval; absent until the job reports. */
            progress?: {
                /** @description Seconds the job has left: as it reported, else estimated from the time since it started and the percent done. */
                estimatedRemainingSeconds?: number;
                /** @description Percent done, 0 to 100 (reported, else step of total). */
                percent?: number;
                /** @description The step (or epoch) the job last reported. */
                step?: number;
                /** @description The number of steps (or epochs) the job expects. */
                total?: number;
                /** @description What a step is, e.g. epoch or step. */
                unit?: string;
                /**
                 * Format: date-time
                 * @description When the job made the report shown (its own time, else when it was read).
                 */
                updatedAt?: string;
            };
            /** @description One CamelCase word saying why the prediction is in this phase, e.g. VersionNotRegistered or Timeout. */
            reason?: string;
            /** @description The Slurm job of the current attempt, as Slurm reports it. */
            slurm?: {
                /** @description SlurmCluster the job runs on. */
                cluster?: string;
                /** @description Exit code of the batch script. */
                exitCode?: number;
                /**
                 * Format: int64
                 * @description Slurm job id.
                 */
                jobId?: number;
                /** @description Nodes the job ran on, in Slurm's hostlist form. */
                nodes?: string;
                /** @description Slurm's state reason, e.g. Priority or Resources. */
                reason?: string;
                /** @description Signal that ended the batch script, if any. */
                signal?: number;
                /** @description Slurm base job state, e.g. PENDING, RUNNING, COMPLETED, TIMEOUT. */
                state?: string;
                /** @description Slurm user the job runs as, as Slurm reports its owner. For people reading; the operator cancels a job as the owner Slurm reports, not as this field. */
                user?: string;
            };
            /**
             * Format: date-time
             * @description When Slurm started the current attempt.
             */
            startedAt?: string;
            /**
             * Format: date-time
             * @description When the current attempt was submitted to Slurm.
             */
            submittedAt?: string;
        };
        /** @description How to reach and use the Slurm cluster. */
        SlurmClusterSpec: {
            /**
             * @description slurmrestd OpenAPI version to use. auto probes from newest to oldest and uses the first the server serves.
             * @default auto
             * @enum {string}
             */
            apiVersion?: "auto" | "v0.0.38" | "v0.0.40" | "v0.0.41" | "v0.0.42" | "v0.0.43" | "v0.0.44" | "v0.0.45";
            /** @description How the operator authenticates to slurmrestd (JWT). Exactly one of tokenSecretRef, tokenFile or jwtKeySecretRef. Only with jwtKeySecretRef can tenants run jobs as their own Slurm users, because the operator mints a token per user. */
            auth: {
                /** @description A Secret in the operator's namespace holding Slurm's HS256 jwt_key, from which the operator mints short-lived tokens per user. It must carry the label ml.hpc.dev/slurm-credentials=true. */
                jwtKeySecretRef?: {
                    /**
                     * @description Key in the Secret.
                     * @default jwt.key
                     */
                    key?: string;
                    /** @description Secret name. */
                    name: string;
                };
                /** @description Path of a file holding a token, re-read when it changes (e.g. a projected volume). Only files under the operator's SLURM_TOKEN_DIR are allowed. */
                tokenFile?: string;
                /**
                 * @description Lifetime of minted tokens; they are renewed before they expire.
                 * @default 900
                 */
                tokenLifetimeSeconds?: number;
                /** @description A Secret in the operator's namespace holding a static token. It must carry the label ml.hpc.dev/slurm-credentials=true. */
                tokenSecretRef?: {
                    /**
                     * @description Key in the Secret.
                     * @default token
                     */
                    key?: string;
                    /** @description Secret name. */
                    name: string;
                };
                /** @description Slurm user name the operator acts as (X-SLURM-USER-NAME), and the default job user. */
                user: string;
            };
            /**
             * @description Use this cluster for resources that name none. At most one cluster should set it.
             * @default false
             */
            default?: boolean;
            /** @description Job resources used when neither the resource nor the template sets them. */
            defaults?: {
                /** @description Default Slurm account. */
                account?: string;
                /** @description Default Slurm partition. */
                partition?: string;
                /** @description Default Slurm QOS. */
                qos?: string;
            };
            /** @description Base URL of slurmrestd, e.g. http://slurmrestd.hpc:6820. No user or password in it (user:password@host): slurmrestd authenticates with auth, and a URL's credentials would show in every error that quotes it. */
            endpoint: string;
            /**
             * @description How long a tracked job may be unknown to Slurm (purged, with no accounting) before its resource is marked Lost.
             * @default 10m
             */
            lostAfter?: string;
            /**
             * @description Cap on concurrent requests to slurmrestd (its own connection limit is 124).
             * @default 16
             */
            maxConcurrentRequests?: number;
            /** @description Absolute path on the cluster under which each admitted namespace has its own tree, {modelsBasePath}/{namespace}: job output ({namespace}.{kind}.{name}~{key}-{job id}.out), trained models ({model}/runs/{training}-{uid}) and inference results. The cluster admin creates each tree, owned by the tenant's Slurm user, before its first job: Slurm opens a job's output file before the script runs. */
            modelsBasePath: string;
            /**
             * @description How often the operator asks slurmrestd for changed jobs, e.g. 5s or 1m; at least 1s (a shorter interval would only load slurmctld).
             * @default 5s
             */
            pollInterval?: string;
            /** @description How the operator sees the cluster's shared filesystem, to read job output (logs) and progress reports: the folder on the cluster, and where the same folder is mounted (read-only) into the operator. Without it everything else works, and Trainings and Predictions say in their LogsAvailable condition why there are no logs. */
            sharedFilesystem?: {
                /** @description Absolute path of the shared folder on the cluster, e.g. the modelsBasePath or a parent of it. */
                clusterPath: string;
                /** @description Absolute path where the operator has that folder mounted. */
                operatorPath: string;
            };
            /**
             * @description How long after a submit that got no answer (a timeout, a crash) the operator waits before it trusts a lookup in slurmctld and accounting that finds no job with the attempt's key, and submits again. Longer than slurmctld can take to act on a submit it received (MessageTimeout and then some).
             * @default 60s
             */
            submitSettle?: string;
            /** @description Namespaces allowed to use this cluster, each as one Slurm user and account. A namespace not listed gets no job and a condition saying so. Empty admits no namespace. */
            tenants?: {
                /** @description Slurm account the namespace's jobs are charged to; overrides the resource's. */
                account?: string;
                /** @description Directories besides the namespace's own tree ({modelsBasePath}/{namespace}) under which its path inputs (Prediction spec.input, template parameters of type path) may lie, e.g. a shared read-only dataset directory. Paths outside both are refused with reason PathNotAllowed. */
                allowedRoots?: string[];
                /** @description Kubernetes namespace, or * for every namespace not listed otherwise. */
                namespace: string;
                /** @description Slurm user the namespace's jobs run as. Defaults to auth.user. */
                user?: string;
            }[];
        };
        /** @description What the operator found when it last probed the cluster. */
        SlurmClusterStatus: {
            /** @description Whether slurmrestd serves accounting (slurmdbd). With it, a job slurmctld has purged is looked up there; without it, such a job is Lost after lostAfter. */
            accounting?: boolean;
            /** @description slurmrestd OpenAPI version in use. */
            apiVersion?: string;
            /** @description Standard conditions, including Ready (reachable and authenticated). */
            conditions?: {
                /**
                 * Format: date-time
                 * @description When the status last changed.
                 */
                lastTransitionTime: string;
                /** @description Human-readable details. */
                message: string;
                /**
                 * Format: int64
                 * @description The metadata.generation the condition was set for.
                 */
                observedGeneration?: number;
                /** @description CamelCase reason for the last transition. */
                reason: string;
                /**
                 * @description True, False or Unknown.
                 * @enum {string}
                 */
                status: "True" | "False" | "Unknown";
                /** @description Condition type, e.g. Complete, Failed, Submitted, Admitted. */
                type: string;
            }[];
            /**
             * Format: date-time
             * @description When the cluster was last probed.
             */
            lastProbeTime?: string;
            /**
             * Format: int64
             * @description The metadata.generation this status reflects.
             */
            observedGeneration?: number;
            /** @description Slurm release reported by slurmrestd. */
            release?: string;
        };
        /** @description What to train, with which template, where and with which resources. */
        TrainingSpec: {
            /** @description Name of the SlurmCluster to run on. Omitted means the cluster marked default. */
            cluster?: string;
            /** @description Name of the Model (in this namespace) that receives a new version when the training succeeds. The Model is created if it does not exist. Immutable: a Training's files belong to the model it was created for. */
            model: string;
            /** @description Values for the template's declared parameters. Each is validated against the template's schema and reaches the job as an environment variable of the same name, never as script text; unknown names are rejected. */
            parameters?: {
                [key: string]: string;
            };
            /** @description Slurm resources for the job. Unset fields come from the template, then from the cluster's defaults. */
            resources?: {
                /** @description Slurm account to charge (sbatch --account). Tenancy on the SlurmCluster may fix it. */
                account?: string;
                /** @description CPUs per task (sbatch --cpus-per-task). */
                cpusPerTask?: number;
                /** @description GPUs per node (sbatch --gres=gpu:N). Zero means none. */
                gpus?: number;
                /** @description Memory per node in Slurm's format, a whole number with an optional unit K, M, G or T (default M), e.g. "16G". */
                memory?: string;
                /** @description Number of nodes (sbatch --nodes). */
                nodes?: number;
                /** @description Slurm partition (sbatch --partition). */
                partition?: string;
                /** @description Slurm quality of service (sbatch --qos). */
                qos?: string;
                /** @description Wall-clock limit in Slurm's format: minutes, minutes:seconds, hours:minutes:seconds, days-hours, days-hours:minutes or days-hours:minutes:seconds, e.g. "90" or "1-12:00:00". */
                timeLimit?: string;
            };
            /** @description Resubmit the job when it ends in one of the listed Slurm states, up to limit times. */
            retry?: {
                /**
                 * @description Maximum number of resubmissions after the first attempt.
                 * @default 0
                 */
                limit?: number;
                /**
                 * @description Slurm end states that trigger a resubmission.
                 * @default [
                 *       "NODE_FAIL",
                 *       "PREEMPTED",
                 *       "BOOT_FAIL"
                 *     ]
                 */
                onStates?: ("NODE_FAIL" | "PREEMPTED" | "BOOT_FAIL" | "FAILED" | "TIMEOUT" | "OUT_OF_MEMORY" | "DEADLINE")[];
            };
            /**
             * @description While true no job is submitted, and a pending or running job is cancelled (as with a suspended Kubernetes Job). Setting it back to false submits a new job.
             * @default false
             */
            suspend?: boolean;
            /** @description Name of the job template to run, e.g. nnunet-train or demo-train. */
            template: string;
        };
        /** @description Observed state, written only by the operator. */
        TrainingStatus: {
            /** @description Number of Slurm jobs submitted for this training, including retries. */
            attempts?: number;
            /** @description Standard conditions, including Complete and Failed (as a Kubernetes Job has). */
            conditions?: {
                /**
                 * Format: date-time
                 * @description When the status last changed.
                 */
                lastTransitionTime: string;
                /** @description Human-readable details. */
                message: string;
                /**
                 * Format: int64
                 * @description The metadata.generation the condition was set for.
                 */
                observedGeneration?: number;
                /** @description CamelCase reason for the last transition. */
                reason: string;
                /**
                 * @description True, False or Unknown.
                 * @enum {string}
                 */
                status: "True" | "False" | "Unknown";
                /** @description Condition type, e.g. Complete, Failed, Submitted, Admitted. */
                type: string;
            }[];
            /**
             * Format: date-time
             * @description When the training reached a final phase.
             */
            finishedAt?: string;
            /** @description Where each attempt's job wrote its output (stdout and stderr in one file), newest last (at most 10). The logs endpoint and `kubectl ml logs` read them through the SlurmCluster's spec.sharedFilesystem. */
            logs?: {
                /** @description The attempt (1 for the first submission). */
                attempt: number;
                /** @description The SlurmCluster that ran it. */
                cluster?: string;
                /** @description Slurm job id of the attempt. */
                jobId: number;
                /** @description The output file's path on the cluster. */
                path: string;
            }[];
            /** @description A human-readable explanation of the phase. */
            message?: string;
            /** @description The latest value of each metric the job reported (at most 32, the most recently reported first). The full history is in the audit store (history API .../metrics). */
            metrics?: {
                /** @description The metric's name, e.g. loss. */
                name: string;
                /** @description The step (or epoch) at which it was reported. */
                step?: number;
                /** @description The latest value, as a decimal number. */
                value: string;
            }[];
            /** @description Directory where the job writes the trained model, unique to this Training: {modelsBasePath}/{namespace}/{model}/runs/{name}-{uid}. */
            modelPath?: string;
            /** @description Model version registered from this training (ModelVersion <model>-v<N>), set when it succeeds: numbers are given at registration, so failures take none. */
            modelVersion?: number;
            /**
             * Format: int64
             * @description The metadata.generation this status reflects.
             */
            observedGeneration?: number;
            /**
             * @description Where the training is in its life.
             * @enum {string}
             */
            phase?: "Pending" | "Submitted" | "Running" | "Succeeded" | "Failed" | "Cancelled" | "Lost";
            /** @description The latest phase changes, oldest first (at most 20). Each entry is written in the same status update as the phase it records, so the audit store can recover a transition the operator had not yet stored when it was stopped or killed. */
            phaseHistory?: {
                /**
                 * @description The phase entered.
                 * @enum {string}
                 */
                phase: "Pending" | "Submitted" | "Running" | "Succeeded" | "Failed" | "Cancelled" | "Lost";
                /** @description One CamelCase word saying why. */
                reason?: string;
                /**
                 * Format: date-time
                 * @description When the operator entered the phase, to the millisecond.
                 */
                time: string;
            }[];
            /** @description How far the running job says it has got, from the JSON lines it appends to the file named by $SLURM_ML_PROGRESS_FILE (docs/progress.md). Updated at most once per the operator's progress interval; absent until the job reports. */
            progress?: {
                /** @description Seconds the job has left: as it reported, else estimated from the time since it started and the percent done. */
                estimatedRemainingSeconds?: number;
                /** @description Percent done, 0 to 100 (reported, else step of total). */
                percent?: number;
                /** @description The step (or epoch) the job last reported. */
                step?: number;
                /** @description The number of steps (or epochs) the job expects. */
                total?: number;
                /** @description What a step is, e.g. epoch or step. */
                unit?: string;
                /**
                 * Format: date-time
                 * @description When the job made the report shown (its own time, else when it was read).
                 */
                updatedAt?: string;
            };
            /** @description One CamelCase word saying why the training is in this phase, e.g. Timeout or NonZeroExitCode. */
            reason?: string;
            /** @description The Slurm job of the current attempt, as Slurm reports it. */
            slurm?: {
                /** @description SlurmCluster the job runs on. */
                cluster?: string;
                /** @description Exit code of the batch script. */
                exitCode?: number;
                /**
                 * Format: int64
                 * @description Slurm job id.
                 */
                jobId?: number;
                /** @description Nodes the job ran on, in Slurm's hostlist form. */
                nodes?: string;
                /** @description Slurm's state reason, e.g. Priority or Resources. */
                reason?: string;
                /** @description Signal that ended the batch script, if any. */
                signal?: number;
                /** @description Slurm base job state, e.g. PENDING, RUNNING, COMPLETED, TIMEOUT. */
                state?: string;
                /** @description Slurm user the job runs as, as Slurm reports its owner. For people reading; the operator cancels a job as the owner Slurm reports, not as this field. */
                user?: string;
            };
            /**
             * Format: date-time
             * @description When Slurm started the current attempt.
             */
            startedAt?: string;
            /**
             * Format: date-time
             * @description When the current attempt was submitted to Slurm.
             */
            submittedAt?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ModelSpec = components['schemas']['ModelSpec'];
export type ModelStatus = components['schemas']['ModelStatus'];
export type ModelVersionSpec = components['schemas']['ModelVersionSpec'];
export type PredictionSpec = components['schemas']['PredictionSpec'];
export type PredictionStatus = components['schemas']['PredictionStatus'];
export type SlurmClusterSpec = components['schemas']['SlurmClusterSpec'];
export type SlurmClusterStatus = components['schemas']['SlurmClusterStatus'];
export type TrainingSpec = components['schemas']['TrainingSpec'];
export type TrainingStatus = components['schemas']['TrainingStatus'];
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

export const resourceKinds = [
  {
    "kind": "Model",
    "group": "ml.hpc.dev",
    "version": "v1alpha1",
    "plural": "models",
    "singular": "model",
    "shortNames": [
      "mdl"
    ],
    "namespaced": true
  },
  {
    "kind": "ModelVersion",
    "group": "ml.hpc.dev",
    "version": "v1alpha1",
    "plural": "modelversions",
    "singular": "modelversion",
    "shortNames": [
      "mv"
    ],
    "namespaced": true
  },
  {
    "kind": "Prediction",
    "group": "ml.hpc.dev",
    "version": "v1alpha1",
    "plural": "predictions",
    "singular": "prediction",
    "shortNames": [
      "pred"
    ],
    "namespaced": true
  },
  {
    "kind": "SlurmCluster",
    "group": "ml.hpc.dev",
    "version": "v1alpha1",
    "plural": "slurmclusters",
    "singular": "slurmcluster",
    "shortNames": [
      "slurm"
    ],
    "namespaced": false
  },
  {
    "kind": "Training",
    "group": "ml.hpc.dev",
    "version": "v1alpha1",
    "plural": "trainings",
    "singular": "training",
    "shortNames": [
      "tr"
    ],
    "namespaced": true
  }
] as const;
