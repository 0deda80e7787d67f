// Generated from src/slurm/openapi/slurm-22.05.json by `npm run generate`. Do not edit by hand.
export interface paths {
    "/openapi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve OpenAPI Specification */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OpenAPI Specification */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve OpenAPI Specification */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OpenAPI Specification */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve OpenAPI Specification */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OpenAPI Specification */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi/v3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve OpenAPI Specification */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OpenAPI Specification */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.37/diag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get diagnostics */
        get: operations["slurmctld_diag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.37/job/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get job info */
        get: operations["slurmctld_get_job"];
        put?: never;
        /** update job */
        post: operations["slurmctld_update_job"];
        /** cancel or signal job */
        delete: operations["slurmctld_cancel_job"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.37/job/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit new job */
        post: operations["slurmctld_submit_job"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.37/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get list of jobs */
        get: operations["slurmctld_get_jobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.37/node/{node_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get node info */
        get: operations["slurmctld_get_node"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.37/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all node info */
        get: operations["slurmctld_get_nodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.37/partition/{partition_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get partition info */
        get: operations["slurmctld_get_partition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.37/partitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all partition info */
        get: operations["slurmctld_get_partitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.37/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ping test */
        get: operations["slurmctld_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.37/reservation/{reservation_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get reservation info */
        get: operations["slurmctld_get_reservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.37/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all reservation info */
        get: operations["slurmctld_get_reservations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/diag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get diagnostics */
        get: operations["slurm_v0_0_38_diag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/job/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get job info */
        get: operations["slurm_v0_0_38_get_job"];
        put?: never;
        /** update job */
        post: operations["slurm_v0_0_38_update_job"];
        /** cancel or signal job */
        delete: operations["slurm_v0_0_38_cancel_job"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/job/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit new job */
        post: operations["slurm_v0_0_38_submit_job"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get list of jobs */
        get: operations["slurm_v0_0_38_get_jobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/licenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all Slurm tracked license info */
        get: operations["slurm_v0_0_38_slurmctld_get_licenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/node/{node_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get node info */
        get: operations["slurm_v0_0_38_get_node"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all node info */
        get: operations["slurm_v0_0_38_get_nodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/partition/{partition_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get partition info */
        get: operations["slurm_v0_0_38_get_partition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/partitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all partition info */
        get: operations["slurm_v0_0_38_get_partitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ping test */
        get: operations["slurm_v0_0_38_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/reservation/{reservation_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get reservation info */
        get: operations["slurm_v0_0_38_get_reservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.38/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all reservation info */
        get: operations["slurm_v0_0_38_get_reservations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        "v0.0.37_diag": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.37_error"][];
            /** @description Slurm statistics */
            statistics?: {
                /** @description Agent count */
                agent_count?: number;
                /** @description Agent queue size */
                agent_queue_size?: number;
                /** @description Agent thread count */
                agent_thread_count?: number;
                /** @description Backfill Schedule currently active */
                bf_active?: boolean;
                /** @description Total backfilled heterogeneous job components */
                bf_backfilled_het_jobs?: number;
                /** @description Total backfilled jobs (since last slurm start) */
                bf_backfilled_jobs?: number;
                /** @description Backfill Schedule Total cycles */
                bf_cycle_counter?: number;
                /** @description Backfill Schedule Last cycle time */
                bf_cycle_last?: number;
                /** @description Backfill Schedule Max cycle time */
                bf_cycle_max?: number;
                /** @description Backfill Schedule Mean cycle */
                bf_cycle_mean?: number;
                /** @description Backfill Schedule Depth Mean */
                bf_depth_mean?: number;
                /** @description Backfill Schedule Depth Mean (try sched) */
                bf_depth_mean_try?: number;
                /** @description Total backfilled jobs (since last stats cycle start) */
                bf_last_backfilled_jobs?: number;
                /** @description Backfill Schedule Last depth cycle */
                bf_last_depth?: number;
                /** @description Backfill Schedule Mean cycle (try sched) */
                bf_last_depth_try?: number;
                /** @description Backfill Schedule Last queue length */
                bf_queue_len?: number;
                /** @description Backfill Schedule Mean queue length */
                bf_queue_len_mean?: number;
                /** @description Last cycle timestamp */
                bf_when_last_cycle?: number;
                /** @description DBD Agent queue size */
                dbd_agent_queue_size?: number;
                /** @description Latency for 1000 calls to gettimeofday() */
                gettimeofday_latency?: number;
                /** @description Job states timestamp */
                job_states_ts?: number;
                /** @description Job cancelled */
                jobs_canceled?: number;
                /** @description Job completed */
                jobs_completed?: number;
                /** @description Job failed */
                jobs_failed?: number;
                /** @description Job pending */
                jobs_pending?: number;
                /** @description Job running */
                jobs_running?: number;
                /** @description Job started */
                jobs_started?: number;
                /** @description Job submitted */
                jobs_submitted?: number;
                /** @description partition records packed */
                parts_packed?: number;
                /** @description generation time */
                req_time?: number;
                /** @description data since */
                req_time_start?: number;
                /** @description Main Schedule last cycle */
                schedule_cycle_last?: number;
                /** @description Main Schedule max cycle */
                schedule_cycle_max?: number;
                /** @description Average time for Schedule Max cycle */
                schedule_cycle_mean?: number;
                /** @description Average depth for Schedule Max cycle */
                schedule_cycle_mean_depth?: number;
                /** @description Main Schedule Cycles per minute */
                schedule_cycle_per_minute?: number;
                /** @description Main Schedule cycle iterations */
                schedule_cycle_total?: number;
                /** @description Main Schedule Last queue length */
                schedule_queue_length?: number;
                /** @description Server thread count */
                server_thread_count?: number;
            };
        };
        "v0.0.37_error": {
            /** @description error number */
            errno?: number;
            /** @description error message */
            error?: string;
        };
        "v0.0.37_job_properties": {
            /** @description Charge resources used by this job to specified account. */
            account?: string;
            /** @description Define the job accounting and profiling sampling intervals. */
            account_gather_frequency?: string;
            /** @description Arguments to the script. */
            argv?: string[];
            /** @description Submit a job array, multiple jobs to be executed with identical parameters. The indexes specification identifies what array index values should be used. */
            array?: string;
            /** @description features required for batch script's node */
            batch_features?: string;
            /**
             * Format: int64
             * @description Submit the batch script to the Slurm controller immediately, like normal, but tell the controller to defer the allocation of the job until the specified time.
             */
            begin_time?: number;
            /** @description Burst buffer specification. */
            burst_buffer?: string;
            /** @description Specifies features that a federated cluster must have to have a sibling job submitted to it. */
            cluster_constraint?: string;
            /** @description An arbitrary comment. */
            comment?: string;
            /** @description node features required by job. */
            constraints?: string;
            /** @description Count of specialized threads per node reserved by the job for system operations and not used by the application. */
            core_specification?: number;
            /** @description Restrict node selection to nodes with at least the specified number of cores per socket. */
            cores_per_socket?: number;
            /** @description Cpu binding */
            cpu_binding?: string;
            /** @description Cpu binding hint */
            cpu_binding_hint?: string;
            /** @description Request that job steps initiated by srun commands inside this sbatch script be run at some requested frequency if possible, on the CPUs selected for the step on the compute node(s). */
            cpu_frequency?: string;
            /** @description Number of CPUs requested per allocated GPU. */
            cpus_per_gpu?: string;
            /** @description Advise the Slurm controller that ensuing job steps will require ncpus number of processors per task. */
            cpus_per_task?: number;
            /** @description Instruct Slurm to connect the batch script's standard output directly to the file name. */
            current_working_directory?: string;
            /** @description Remove the job if no ending is possible before this deadline (start > (deadline - time[-min])). */
            deadline?: string;
            /** @description Do not reboot nodes in order to satisfied this job's feature specification if the job has been eligible to run for less than this time period. */
            delay_boot?: number;
            /** @description Defer the start of this job until the specified dependencies have been satisfied completed. */
            dependency?: string;
            /** @description Specify alternate distribution methods for remote processes. */
            distribution?: string;
            /** @description Dictionary of environment entries. */
            environment: Record<string, never>;
            /**
             * @description The job allocation can share nodes just other users with the "user" option or with the "mcs" option).
             * @enum {string}
             */
            exclusive?: "user" | "mcs" | "true" | "false";
            /** @description Load new login environment for user on job node. */
            get_user_environment?: boolean;
            /** @description Requested binding of tasks to GPU. */
            gpu_binding?: string;
            /** @description Requested GPU frequency. */
            gpu_frequency?: string;
            /** @description GPUs per job. */
            gpus?: string;
            /** @description GPUs per node. */
            gpus_per_node?: string;
            /** @description GPUs per socket. */
            gpus_per_socket?: string;
            /** @description GPUs per task. */
            gpus_per_task?: string;
            /** @description Specifies a comma delimited list of generic consumable resources. */
            gres?: string;
            /**
             * @description Specify generic resource task binding options.
             * @enum {string}
             */
            gres_flags?: "disable-binding" | "enforce-binding";
            /** @description Specify the job is to be submitted in a held state (priority of zero). */
            hold?: boolean;
            /** @description If a job has an invalid dependency, then Slurm is to terminate it. */
            kill_on_invalid_dependency?: boolean;
            /** @description Specification of licenses (or other resources available on all nodes of the cluster) which must be allocated to this job. */
            licenses?: string;
            /** @description Notify user by email when certain event types occur. */
            mail_type?: string;
            /** @description User to receive email notification of state changes as defined by mail_type. */
            mail_user?: string;
            /** @description This parameter is a group among the groups of the user. */
            mcs_label?: string;
            /** @description Bind tasks to memory. */
            memory_binding?: string;
            /** @description Minimum real memory per cpu (MB). */
            memory_per_cpu?: number;
            /** @description Minimum memory required per allocated GPU. */
            memory_per_gpu?: number;
            /** @description Minimum real memory per node (MB). */
            memory_per_node?: number;
            /** @description Minimum number of CPUs per node. */
            minimum_cpus_per_node?: number;
            /** @description If a range of node counts is given, prefer the smaller count. */
            minimum_nodes?: boolean;
            /** @description Specify a name for the job allocation. */
            name?: string;
            /** @description Run the job with an adjusted scheduling priority within Slurm. */
            nice?: string;
            /** @description Do not automatically terminate a job if one of the nodes it has been allocated fails. */
            no_kill?: boolean;
            /** @description Request that a minimum of minnodes nodes and a maximum node count. */
            nodes?: number[];
            /**
             * @description Open the output and error files using append or truncate mode as specified.
             * @default append
             * @enum {string}
             */
            open_mode?: "append" | "truncate";
            /** @description Request a specific partition for the resource allocation. */
            partition?: string;
            /** @description Request a specific job priority. */
            priority?: string;
            /** @description Request a quality of service for the job. */
            qos?: string;
            /** @description Specifies that the batch job should eligible to being requeue. */
            requeue?: boolean;
            /** @description Allocate resources for the job from the named reservation. */
            reservation?: string;
            /** @description When a job is within sig_time seconds of its end time, send it the signal sig_num. */
            signal?: string;
            /** @description Restrict node selection to nodes with at least the specified number of sockets. */
            sockets_per_node?: number;
            /** @description Spread the job allocation over as many nodes as possible and attempt to evenly distribute tasks across the allocated nodes. */
            spread_job?: boolean;
            /** @description Instruct Slurm to connect the batch script's standard error directly to the file name. */
            standard_error?: string;
            /** @description Instruct Slurm to connect the batch script's standard input directly to the file name specified. */
            standard_input?: string;
            /** @description Instruct Slurm to connect the batch script's standard output directly to the file name. */
            standard_output?: string;
            /** @description Advises the Slurm controller that job steps run within the allocation will launch a maximum of number tasks and to provide for sufficient resources. */
            tasks?: number;
            /** @description Request the maximum ntasks be invoked on each core. */
            tasks_per_core?: number;
            /** @description Request the maximum ntasks be invoked on each node. */
            tasks_per_node?: number;
            /** @description Request the maximum ntasks be invoked on each socket. */
            tasks_per_socket?: number;
            /** @description Count of specialized threads per node reserved by the job for system operations and not used by the application. */
            thread_specification?: number;
            /** @description Restrict node selection to nodes with at least the specified number of threads per core. */
            threads_per_core?: number;
            /** @description Step time limit. */
            time_limit?: number;
            /** @description Minimum run time in minutes. */
            time_minimum?: number;
            /** @description Do not begin execution until all nodes are ready for use. */
            wait_all_nodes?: boolean;
            /** @description Specify wckey to be used with job. */
            wckey?: string;
        };
        "v0.0.37_job_resources": {
            /** @description number of assigned job cpus */
            allocated_cpus?: number;
            /** @description number of assigned job hosts */
            allocated_hosts?: number;
            /** @description node allocations */
            allocated_nodes?: components["schemas"]["v0.0.37_node_allocation"][];
            /** @description list of assigned job nodes */
            nodes?: string;
        };
        "v0.0.37_job_response_properties": {
            /** @description Charge resources used by this job to specified account */
            account?: string;
            /**
             * Format: int64
             * @description time job is eligible for running
             */
            accrue_time?: number;
            /** @description administrator's arbitrary comment */
            admin_comment?: string;
            /** @description job_id of a job array or 0 if N/A */
            array_job_id?: string;
            /** @description Maximum number of running array tasks */
            array_max_tasks?: string;
            /** @description task_id of a job array */
            array_task_id?: string;
            /** @description string expression of task IDs in this record */
            array_task_string?: string;
            /** @description association id for job */
            association_id?: string;
            /** @description features required for batch script's node */
            batch_features?: string;
            /** @description if batch: queued job with script */
            batch_flag?: boolean;
            /** @description name of host running batch script */
            batch_host?: string;
            /** @description billable TRES */
            billable_tres?: string;
            /** @description burst buffer specifications */
            burst_buffer?: string;
            /** @description burst buffer state info */
            burst_buffer_state?: string;
            /** @description name of cluster that the job is on */
            cluster?: string;
            /** @description comma separated list of required cluster features */
            cluster_features?: string;
            /** @description command to be executed */
            command?: string;
            /** @description arbitrary comment */
            comment?: string;
            /** @description job requires contiguous nodes */
            contiguous?: boolean;
            /** @description specialized core count */
            core_spec?: string;
            /** @description cores per socket required by job */
            cores_per_socket?: string;
            /** @description cpu frequency governor */
            cpu_frequency_governor?: string;
            /** @description Maximum cpu frequency */
            cpu_frequency_maximum?: string;
            /** @description Minimum cpu frequency */
            cpu_frequency_minimum?: string;
            /** @description minimum number of cpus required by job */
            cpus?: string;
            /** @description number of processors required for each task */
            cpus_per_task?: string;
            /** @description semicolon delimited list of TRES=# values */
            cpus_per_tres?: string;
            /** @description pathname of working directory */
            current_working_directory?: string;
            /** @description job start deadline */
            deadline?: string;
            /** @description command to be executed */
            delay_boot?: string;
            /** @description synchronize job execution with other jobs */
            dependency?: string;
            /** @description highest exit code of all job steps */
            derived_exit_code?: string;
            /**
             * Format: int64
             * @description time job is eligible for running
             */
            eligible_time?: number;
            /**
             * Format: int64
             * @description time of termination, actual or expected
             */
            end_time?: number;
            /** @description comma separated list of excluded nodes */
            excluded_nodes?: string;
            /** @description exit code for job */
            exit_code?: number;
            /** @description comma separated list of required features */
            features?: string;
            /** @description Origin cluster's name */
            federation_origin?: string;
            /** @description string of active sibling names */
            federation_siblings_active?: string;
            /** @description string of viable sibling names */
            federation_siblings_viable?: string;
            /** @description Job flags */
            flags?: string[];
            /** @description Job flags */
            gres_detail?: string[];
            /** @description group job submitted as */
            group_id?: string;
            /** @description job ID of hetjob leader */
            het_job_id?: string;
            /** @description job IDs for all components */
            het_job_id_set?: string;
            /** @description HetJob component offset from leader */
            het_job_offset?: string;
            /** @description job ID */
            job_id?: string;
            job_resources?: components["schemas"]["v0.0.37_job_resources"];
            /** @description state of the job */
            job_state?: string;
            /** @description last time job was evaluated for scheduling */
            last_sched_evaluation?: string;
            /** @description licenses required by the job */
            licenses?: string;
            /** @description maximum number of cpus usable by job */
            max_cpus?: string;
            /** @description maximum number of nodes usable by job */
            max_nodes?: string;
            /** @description mcs_label if mcs plugin in use */
            mcs_label?: string;
            /** @description minimum real memory per cpu */
            memory_per_cpu?: string;
            /** @description minimum real memory per node */
            memory_per_node?: string;
            /** @description semicolon delimited list of TRES=# values */
            memory_per_tres?: string;
            /** @description minimum # CPUs per node */
            minimum_cpus_per_node?: string;
            /** @description minimum tmp disk per node */
            minimum_tmp_disk_per_node?: string;
            /** @description name of the job */
            name?: string;
            /** @description requested priority change */
            nice?: string;
            /** @description minimum number of nodes required by job */
            node_count?: string;
            /** @description list of nodes allocated to job */
            nodes?: string;
            /** @description name of assigned partition */
            partition?: string;
            /**
             * Format: int64
             * @description time job ran prior to last suspend
             */
            pre_sus_time?: number;
            /**
             * Format: int64
             * @description preemption signal time
             */
            preempt_time?: number;
            /** @description relative priority of the job */
            priority?: string;
            /** @description Job profiling requested */
            profile?: string[];
            /** @description Quality of Service */
            qos?: string;
            /** @description node reboot requested before start */
            reboot?: boolean;
            /** @description enable or disable job requeue option */
            requeue?: boolean;
            /** @description comma separated list of required nodes */
            required_nodes?: string;
            /**
             * Format: int64
             * @description time of latest size change
             */
            resize_time?: number;
            /** @description count of job restarts */
            restart_cnt?: string;
            /** @description reservation name */
            resv_name?: string;
            /** @description type and if job can share nodes with other jobs */
            shared?: string;
            /** @description details requested */
            show_flags?: string[];
            /** @description sockets per board required by job */
            sockets_per_board?: string;
            /** @description sockets per node required by job */
            sockets_per_node?: string;
            /** @description pathname of job's stderr file */
            standard_error?: string;
            /** @description pathname of job's stdin file */
            standard_input?: string;
            /** @description pathname of job's stdout file */
            standard_output?: string;
            /**
             * Format: int64
             * @description time execution begins, actual or expected
             */
            start_time?: number;
            /** @description optional details for state_reason */
            state_description?: string;
            /** @description reason job still pending or failed */
            state_reason?: string;
            /**
             * Format: int64
             * @description time of job submission
             */
            submit_time?: number;
            /**
             * Format: int64
             * @description time job last suspended or resumed
             */
            suspend_time?: number;
            /** @description slurmctld's arbitrary comment */
            system_comment?: string;
            /** @description requested task count */
            tasks?: string;
            /** @description number of tasks to invoke on each board */
            tasks_per_board?: string;
            /** @description number of tasks to invoke on each core */
            tasks_per_core?: string;
            /** @description number of tasks to invoke on each socket */
            tasks_per_socket?: string;
            /** @description specialized thread count */
            thread_spec?: string;
            /** @description threads per core required by job */
            threads_per_core?: string;
            /** @description maximum run time in minutes */
            time_limit?: string;
            /** @description minimum run time in minutes */
            time_minimum?: string;
            /** @description tres used in the job */
            tres_alloc_str?: string;
            /** @description Task to TRES binding directives */
            tres_bind?: string;
            /** @description TRES frequency directives */
            tres_freq?: string;
            /** @description semicolon delimited list of TRES=# values */
            tres_per_job?: string;
            /** @description semicolon delimited list of TRES=# values */
            tres_per_node?: string;
            /** @description semicolon delimited list of TRES=# values */
            tres_per_socket?: string;
            /** @description semicolon delimited list of TRES=# values */
            tres_per_task?: string;
            /** @description tres reqeusted in the job */
            tres_req_str?: string;
            /** @description user id the job runs as */
            user_id?: string;
            /** @description user the job runs as */
            user_name?: string;
            /** @description wckey for job */
            wckey?: string;
        };
        "v0.0.37_job_submission": {
            /** @description Properties of an array job or non-HetJob */
            job?: components["schemas"]["v0.0.37_job_properties"];
            /** @description Properties of an HetJob */
            jobs?: components["schemas"]["v0.0.37_job_properties"][];
            /** @description Executable script (full contents) to run in batch step */
            script: string;
        };
        "v0.0.37_job_submission_response": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.37_error"][];
            /** @description new job ID */
            job_id?: number;
            /** @description Message to user from job_submit plugin */
            job_submit_user_msg?: string;
            /** @description new job step ID */
            step_id?: string;
        };
        "v0.0.37_jobs_response": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.37_error"][];
            /** @description job descriptions */
            jobs?: components["schemas"]["v0.0.37_job_response_properties"][];
        };
        "v0.0.37_node": {
            /** @description list of a node's available features */
            active_features?: string;
            /** @description state after reboot */
            address?: string;
            /**
             * Format: int64
             * @description Allocated CPUs
             */
            alloc_cpus?: number;
            /**
             * Format: int64
             * @description Allocated memory (MB)
             */
            alloc_memory?: number;
            /** @description computer architecture */
            architecture?: string;
            /** @description total number of boards per node */
            boards?: number;
            /**
             * Format: int64
             * @description timestamp of node boot
             */
            boot_time?: number;
            /** @description BcastAddr */
            burstbuffer_network_address?: string;
            /** @description number of cores per socket */
            cores?: number;
            /** @description Default task binding */
            cpu_binding?: number;
            /**
             * Format: int64
             * @description CPU load * 100
             */
            cpu_load?: number;
            /** @description configured count of cpus running on the node */
            cpus?: number;
            features?: string;
            /** @description free memory in MiB */
            free_memory?: number;
            /** @description list of a node's generic resources */
            gres?: string;
            /** @description list of drained GRES */
            gres_drained?: string;
            /** @description list of GRES in current use */
            gres_used?: string;
            /** @description node's hostname */
            hostname?: string;
            /**
             * Format: int64
             * @description Idle CPUs
             */
            idle_cpus?: number;
            /** @description mcs label if mcs plugin in use */
            mcs_label?: string;
            /** @description node name to slurm */
            name?: string;
            /** @description state after reboot */
            next_state_after_reboot?: string;
            /** @description node state flags */
            next_state_after_reboot_flags?: string[];
            /** @description operating system */
            operating_system?: string;
            /** @description User allowed to use this node */
            owner?: string;
            /** @description assigned partitions */
            partitions?: string[];
            /** @description TCP port number of the slurmd */
            port?: number;
            /** @description configured MB of real memory on the node */
            real_memory?: number;
            /** @description reason for node being DOWN or DRAINING */
            reason?: string;
            /** @description Time stamp when reason was set */
            reason_changed_at?: number;
            /** @description User that set the reason */
            reason_set_by_user?: string;
            /**
             * Format: int64
             * @description timestamp of slurmd startup
             */
            slurmd_start_time?: number;
            /** @description Slurmd version */
            slurmd_version?: string;
            /** @description total number of sockets per node */
            sockets?: number;
            /** @description current node state */
            state?: string;
            /** @description node state flags */
            state_flags?: string[];
            /** @description configured MB of total disk in TMP_FS */
            temporary_disk?: number;
            /** @description number of threads per core */
            threads?: number;
            /** @description TRES on node */
            tres?: string;
            /** @description TRES used on node */
            tres_used?: string;
            /**
             * Format: double
             * @description TRES weight used on node
             */
            tres_weighted?: number;
            /** @description arbitrary priority of node for scheduling */
            weight?: number;
        };
        "v0.0.37_node_allocation": {
            /** @description assignment status of each core by core id */
            cores?: Record<string, never>;
            /** @description amount of assigned job CPUs */
            cpus?: Record<string, never>;
            /** @description amount of assigned job memory */
            memory?: number;
            /** @description assignment status of each socket by socket id */
            sockets?: Record<string, never>;
        };
        "v0.0.37_nodes_response": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.37_error"][];
            /** @description nodes info */
            nodes?: components["schemas"]["v0.0.37_node"][];
        };
        "v0.0.37_partition": {
            /** @description comma delimited list of accounts */
            allowed_accounts?: string;
            /** @description list names of allowed allocating nodes */
            allowed_allocation_nodes?: string;
            /** @description comma delimited list of groups */
            allowed_groups?: string;
            /** @description comma delimited list of qos */
            allowed_qos?: string;
            /** @description name of alternate partition */
            alternative?: string;
            /** @description TRES billing weights */
            billing_weights?: string;
            /**
             * Format: int64
             * @description default MB memory per allocated CPU
             */
            default_memory_per_cpu?: number;
            /**
             * Format: int64
             * @description default time limit (minutes)
             */
            default_time_limit?: number;
            /** @description comma delimited list of denied accounts */
            denied_accounts?: string;
            /** @description comma delimited list of denied qos */
            denied_qos?: string;
            /** @description partition options */
            flags?: string[];
            /**
             * Format: int64
             * @description Max time limit per job
             */
            max_time_limit?: number;
            /** @description maximum allocated CPUs per node */
            maximum_cpus_per_node?: number;
            /**
             * Format: int64
             * @description maximum memory per allocated CPU (MiB)
             */
            maximum_memory_per_node?: number;
            /** @description Max nodes per job */
            maximum_nodes_per_job?: number;
            /** @description Min number of nodes per job */
            min_nodes_per_job?: number;
            /** @description Partition name */
            name?: string;
            /** @description list names of nodes in partition */
            nodes?: string;
            /** @description job's time limit can be exceeded by this number of minutes before cancellation */
            over_time_limit?: number;
            /**
             * Format: int64
             * @description preemption grace time (seconds)
             */
            preemption_grace_time?: number;
            /** @description preemption type */
            preemption_mode?: string[];
            /** @description job priority weight factor */
            priority_job_factor?: number;
            /** @description tier for scheduling and preemption */
            priority_tier?: number;
            /** @description partition QOS name */
            qos?: string;
            /** @description Partition state */
            state?: string;
            /** @description Total cpus in partition */
            total_cpus?: number;
            /** @description Total number of nodes in partition */
            total_nodes?: number;
            /** @description configured TRES in partition */
            tres?: string;
        };
        "v0.0.37_partitions_response": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.37_error"][];
            /** @description partition info */
            partitions?: components["schemas"]["v0.0.37_partition"][];
        };
        "v0.0.37_ping": {
            /** @description slurm controller hostname */
            hostname?: string;
            /** @description slurm controller mode */
            mode?: string;
            /**
             * @description slurm controller host up
             * @enum {string}
             */
            ping?: "UP" | "DOWN";
            /** @description slurm controller status */
            status?: number;
        };
        "v0.0.37_pings": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.37_error"][];
            /** @description slurm controller pings */
            pings?: components["schemas"]["v0.0.37_ping"][];
        };
        "v0.0.37_reservation": {
            /** @description Allowed accounts */
            accounts?: string;
            /** @description Reserved burst buffer */
            burst_buffer?: string;
            /** @description Number of reserved cores */
            core_count?: number;
            /** @description Number of reserved specialized cores */
            core_spec_cnt?: number;
            /** @description End time of the reservation */
            end_time?: number;
            /** @description List of features */
            features?: string;
            /** @description Reservation options */
            flags?: string[];
            /** @description List of groups permitted to use the reserved nodes */
            groups?: string;
            /** @description List of licenses */
            licenses?: string;
            /** @description Maximum delay in which jobs outside of the reservation will be permitted to overlap once any jobs are queued for the reservation */
            max_start_delay?: number;
            /** @description Reservationn name */
            name?: string;
            /** @description Count of nodes reserved */
            node_count?: number;
            /** @description List of reserved nodes */
            node_list?: string;
            /** @description Partition */
            partition?: string;
            /** @description If PURGE_COMP flag is set the amount of seconds this reservation will sit idle until it is revoked */
            purge_completed?: {
                /** @description amount of seconds this reservation will sit idle until it is revoked */
                time?: number;
            };
            /** @description Start time of reservation */
            start_time?: number;
            /** @description List of TRES */
            tres?: string;
            /** @description List of users */
            users?: string;
            /** @description amount of power to reserve in watts */
            watts?: number;
        };
        "v0.0.37_reservations_response": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.37_error"][];
            /** @description reservation info */
            reservations?: components["schemas"]["v0.0.37_reservation"][];
        };
        /**
         * Format: int32
         * @description POSIX signal name
         * @enum {string}
         */
        "v0.0.37_signal": "HUP" | "INT" | "QUIT" | "ABRT" | "KILL" | "ALRM" | "TERM" | "USR1" | "USR2" | "URG" | "CONT" | "STOP" | "TSTP" | "TTIN" | "TTOU";
        "v0.0.38_diag": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            /** @description Slurm statistics */
            statistics?: {
                /** @description Agent count */
                agent_count?: number;
                /** @description Agent queue size */
                agent_queue_size?: number;
                /** @description Agent thread count */
                agent_thread_count?: number;
                /** @description Backfill Schedule currently active */
                bf_active?: boolean;
                /** @description Total backfilled heterogeneous job components */
                bf_backfilled_het_jobs?: number;
                /** @description Total backfilled jobs (since last slurm start) */
                bf_backfilled_jobs?: number;
                /** @description Backfill Schedule Total cycles */
                bf_cycle_counter?: number;
                /** @description Backfill Schedule Last cycle time */
                bf_cycle_last?: number;
                /** @description Backfill Schedule Max cycle time */
                bf_cycle_max?: number;
                /** @description Backfill Schedule Mean cycle */
                bf_cycle_mean?: number;
                /** @description Backfill Schedule Depth Mean */
                bf_depth_mean?: number;
                /** @description Backfill Schedule Depth Mean (try sched) */
                bf_depth_mean_try?: number;
                /** @description Total backfilled jobs (since last stats cycle start) */
                bf_last_backfilled_jobs?: number;
                /** @description Backfill Schedule Last depth cycle */
                bf_last_depth?: number;
                /** @description Backfill Schedule Mean cycle (try sched) */
                bf_last_depth_try?: number;
                /** @description Backfill Schedule Last queue length */
                bf_queue_len?: number;
                /** @description Backfill Schedule Mean queue length */
                bf_queue_len_mean?: number;
                /** @description Backfill Schedule Last table size */
                bf_table_size?: number;
                /** @description Backfill Schedule Mean table size */
                bf_table_size_mean?: number;
                /** @description Last cycle timestamp */
                bf_when_last_cycle?: number;
                /** @description DBD Agent queue size */
                dbd_agent_queue_size?: number;
                /** @description Latency for 1000 calls to gettimeofday() */
                gettimeofday_latency?: number;
                /** @description Job states timestamp */
                job_states_ts?: number;
                /** @description Job cancelled */
                jobs_canceled?: number;
                /** @description Job completed */
                jobs_completed?: number;
                /** @description Job failed */
                jobs_failed?: number;
                /** @description Job pending */
                jobs_pending?: number;
                /** @description Job running */
                jobs_running?: number;
                /** @description Job started */
                jobs_started?: number;
                /** @description Job submitted */
                jobs_submitted?: number;
                /** @description partition records packed */
                parts_packed?: number;
                /** @description generation time */
                req_time?: number;
                /** @description data since */
                req_time_start?: number;
                /** @description Remote Procedure Call statistics by message type */
                rpcs_by_message_type?: components["schemas"]["v0.0.38_diag_rpcm"][];
                /** @description Remote Procedure Call statistics by user */
                rpcs_by_user?: components["schemas"]["v0.0.38_diag_rpcu"][];
                /** @description Main Schedule last cycle */
                schedule_cycle_last?: number;
                /** @description Main Schedule max cycle */
                schedule_cycle_max?: number;
                /** @description Average time for Schedule Max cycle */
                schedule_cycle_mean?: number;
                /** @description Average depth for Schedule Max cycle */
                schedule_cycle_mean_depth?: number;
                /** @description Main Schedule Cycles per minute */
                schedule_cycle_per_minute?: number;
                /** @description Main Schedule cycle iterations */
                schedule_cycle_total?: number;
                /** @description Main Schedule Last queue length */
                schedule_queue_length?: number;
                /** @description Server thread count */
                server_thread_count?: number;
            };
        };
        "v0.0.38_diag_rpcm": {
            /** @description average time */
            average_time?: number;
            /** @description rpc count */
            count?: number;
            /** @description message type */
            message_type?: string;
            /** @description total time */
            total_time?: number;
            /** @description message type id */
            type_id?: number;
        };
        "v0.0.38_diag_rpcu": {
            /** @description average time */
            average_time?: number;
            /** @description rpc count */
            count?: number;
            /** @description total time */
            total_time?: number;
            /** @description user */
            user?: string;
            /** @description user id */
            user_id?: number;
        };
        "v0.0.38_error": {
            /** @description error message */
            error?: string;
            /** @description Slurm internal error number */
            error_number?: number;
        };
        /** @description Slurm errors */
        "v0.0.38_errors": components["schemas"]["v0.0.38_error"][];
        "v0.0.38_job_properties": {
            /** @description Charge resources used by this job to specified account. */
            account?: string;
            /** @description Define the job accounting and profiling sampling intervals. */
            account_gather_frequency?: string;
            /** @description Arguments to the script. */
            argv?: string[];
            /** @description Submit a job array, multiple jobs to be executed with identical parameters. The indexes specification identifies what array index values should be used. */
            array?: string;
            /** @description features required for batch script's node */
            batch_features?: string;
            /**
             * Format: int64
             * @description Submit the batch script to the Slurm controller immediately, like normal, but tell the controller to defer the allocation of the job until the specified time.
             */
            begin_time?: number;
            /** @description Burst buffer specification. */
            burst_buffer?: string;
            /** @description Specifies features that a federated cluster must have to have a sibling job submitted to it. */
            cluster_constraint?: string;
            /** @description An arbitrary comment. */
            comment?: string;
            /** @description node features required by job. */
            constraints?: string;
            /** @description absolute path to OCI container bundle */
            container?: string;
            /** @description Count of specialized threads per node reserved by the job for system operations and not used by the application. */
            core_specification?: number;
            /** @description Restrict node selection to nodes with at least the specified number of cores per socket. */
            cores_per_socket?: number;
            /** @description Cpu binding */
            cpu_binding?: string;
            /** @description Cpu binding hint */
            cpu_binding_hint?: string;
            /** @description Request that job steps initiated by srun commands inside this sbatch script be run at some requested frequency if possible, on the CPUs selected for the step on the compute node(s). */
            cpu_frequency?: string;
            /** @description Number of CPUs requested per allocated GPU. */
            cpus_per_gpu?: string;
            /** @description Advise the Slurm controller that ensuing job steps will require ncpus number of processors per task. */
            cpus_per_task?: number;
            /** @description Instruct Slurm to connect the batch script's standard output directly to the file name. */
            current_working_directory?: string;
            /** @description Remove the job if no ending is possible before this deadline (start > (deadline - time[-min])). */
            deadline?: string;
            /** @description Do not reboot nodes in order to satisfied this job's feature specification if the job has been eligible to run for less than this time period. */
            delay_boot?: number;
            /** @description Defer the start of this job until the specified dependencies have been satisfied completed. */
            dependency?: string;
            /** @description Specify alternate distribution methods for remote processes. */
            distribution?: string;
            /** @description Dictionary of environment entries. */
            environment: Record<string, never>;
            /**
             * @description The job allocation can share nodes just other users with the "user" option or with the "mcs" option).
             * @enum {string}
             */
            exclusive?: "user" | "mcs" | "true" | "false";
            /** @description Load new login environment for user on job node. */
            get_user_environment?: boolean;
            /** @description Requested binding of tasks to GPU. */
            gpu_binding?: string;
            /** @description Requested GPU frequency. */
            gpu_frequency?: string;
            /** @description GPUs per job. */
            gpus?: string;
            /** @description GPUs per node. */
            gpus_per_node?: string;
            /** @description GPUs per socket. */
            gpus_per_socket?: string;
            /** @description GPUs per task. */
            gpus_per_task?: string;
            /** @description Specifies a comma delimited list of generic consumable resources. */
            gres?: string;
            /**
             * @description Specify generic resource task binding options.
             * @enum {string}
             */
            gres_flags?: "disable-binding" | "enforce-binding";
            /** @description Specify the job is to be submitted in a held state (priority of zero). */
            hold?: boolean;
            /** @description If a job has an invalid dependency, then Slurm is to terminate it. */
            kill_on_invalid_dependency?: boolean;
            /** @description Specification of licenses (or other resources available on all nodes of the cluster) which must be allocated to this job. */
            licenses?: string;
            /** @description Notify user by email when certain event types occur. */
            mail_type?: string;
            /** @description User to receive email notification of state changes as defined by mail_type. */
            mail_user?: string;
            /** @description This parameter is a group among the groups of the user. */
            mcs_label?: string;
            /** @description Bind tasks to memory. */
            memory_binding?: string;
            /** @description Minimum real memory per cpu (MB). */
            memory_per_cpu?: number;
            /** @description Minimum memory required per allocated GPU. */
            memory_per_gpu?: number;
            /** @description Minimum real memory per node (MB). */
            memory_per_node?: number;
            /** @description Minimum number of CPUs per node. */
            minimum_cpus_per_node?: number;
            /** @description If a range of node counts is given, prefer the smaller count. */
            minimum_nodes?: boolean;
            /** @description Specify a name for the job allocation. */
            name?: string;
            /** @description Run the job with an adjusted scheduling priority within Slurm. */
            nice?: number;
            /** @description Do not automatically terminate a job if one of the nodes it has been allocated fails. */
            no_kill?: boolean;
            /** @description Request that a minimum of minnodes nodes and a maximum node count. */
            nodes?: number[];
            /**
             * @description Open the output and error files using append or truncate mode as specified.
             * @default append
             * @enum {string}
             */
            open_mode?: "append" | "truncate";
            /**
             * @description The job allocation can over-subscribe resources with other running jobs.
             * @default false
             */
            oversubscribe?: boolean;
            /** @description Request a specific partition for the resource allocation. */
            partition?: string;
            /** @description Comma delimited list of features for scheduler to prefer but not a strict requirement like a constraint. Value can be used for job submission but is only displayed for PENDING jobs. */
            prefer?: string;
            /** @description Request a specific job priority. */
            priority?: string;
            /** @description Request a quality of service for the job. */
            qos?: string;
            /** @description Specifies that the batch job should eligible to being requeue. */
            requeue?: boolean;
            /** @description Allocate resources for the job from the named reservation. */
            reservation?: string;
            /** @description When a job is within sig_time seconds of its end time, send it the signal sig_num. */
            signal?: string;
            /** @description Restrict node selection to nodes with at least the specified number of sockets. */
            sockets_per_node?: number;
            /** @description Spread the job allocation over as many nodes as possible and attempt to evenly distribute tasks across the allocated nodes. */
            spread_job?: boolean;
            /** @description Instruct Slurm to connect the batch script's standard error directly to the file name. */
            standard_error?: string;
            /** @description Instruct Slurm to connect the batch script's standard input directly to the file name specified. */
            standard_input?: string;
            /** @description Instruct Slurm to connect the batch script's standard output directly to the file name. */
            standard_output?: string;
            /** @description Advises the Slurm controller that job steps run within the allocation will launch a maximum of number tasks and to provide for sufficient resources. */
            tasks?: number;
            /** @description Request the maximum ntasks be invoked on each core. */
            tasks_per_core?: number;
            /** @description Request the maximum ntasks be invoked on each node. */
            tasks_per_node?: number;
            /** @description Request the maximum ntasks be invoked on each socket. */
            tasks_per_socket?: number;
            /** @description Count of specialized threads per node reserved by the job for system operations and not used by the application. */
            thread_specification?: number;
            /** @description Restrict node selection to nodes with at least the specified number of threads per core. */
            threads_per_core?: number;
            /** @description Step time limit in minutes. */
            time_limit?: number;
            /** @description Minimum run time in minutes. */
            time_minimum?: number;
            /** @description Do not begin execution until all nodes are ready for use. */
            wait_all_nodes?: boolean;
            /** @description Specify wckey to be used with job. */
            wckey?: string;
        };
        "v0.0.38_job_resources": {
            /** @description number of assigned job cpus */
            allocated_cpus?: number;
            /** @description number of assigned job hosts */
            allocated_hosts?: number;
            /** @description array of allocated nodes */
            allocated_nodes?: components["schemas"]["v0.0.38_node_allocation"][];
            /** @description list of assigned job nodes */
            nodes?: string;
        };
        "v0.0.38_job_response_properties": {
            /** @description Charge resources used by this job to specified account */
            account?: string;
            /**
             * Format: int64
             * @description time job is eligible for running
             */
            accrue_time?: number;
            /** @description administrator's arbitrary comment */
            admin_comment?: string;
            /** @description job_id of a job array or 0 if N/A */
            array_job_id?: number;
            /** @description Maximum number of running array tasks */
            array_max_tasks?: number;
            /** @description task_id of a job array */
            array_task_id?: number;
            /** @description string expression of task IDs in this record */
            array_task_string?: string;
            /** @description association id for job */
            association_id?: number;
            /** @description features required for batch script's node */
            batch_features?: string;
            /** @description if batch: queued job with script */
            batch_flag?: boolean;
            /** @description name of host running batch script */
            batch_host?: string;
            /** @description billable TRES */
            billable_tres?: number;
            /** @description burst buffer specifications */
            burst_buffer?: string;
            /** @description burst buffer state info */
            burst_buffer_state?: string;
            /** @description name of cluster that the job is on */
            cluster?: string;
            /** @description comma separated list of required cluster features */
            cluster_features?: string;
            /** @description command to be executed */
            command?: string;
            /** @description arbitrary comment */
            comment?: string;
            /** @description absolute path to OCI container bundle */
            container?: string;
            /** @description job requires contiguous nodes */
            contiguous?: boolean;
            /** @description specialized core count */
            core_spec?: string;
            /** @description cores per socket required by job */
            cores_per_socket?: string;
            /** @description cpu frequency governor */
            cpu_frequency_governor?: string;
            /** @description Maximum cpu frequency */
            cpu_frequency_maximum?: string;
            /** @description Minimum cpu frequency */
            cpu_frequency_minimum?: string;
            /** @description minimum number of cpus required by job */
            cpus?: number;
            /** @description number of processors required for each task */
            cpus_per_task?: string;
            /** @description semicolon delimited list of TRES=# values */
            cpus_per_tres?: string;
            /** @description pathname of working directory */
            current_working_directory?: string;
            /** @description job start deadline */
            deadline?: number;
            /** @description command to be executed */
            delay_boot?: number;
            /** @description synchronize job execution with other jobs */
            dependency?: string;
            /** @description highest exit code of all job steps */
            derived_exit_code?: number;
            /**
             * Format: int64
             * @description time job is eligible for running
             */
            eligible_time?: number;
            /**
             * Format: int64
             * @description time of termination, actual or expected
             */
            end_time?: number;
            /** @description comma separated list of excluded nodes */
            excluded_nodes?: string;
            /** @description exit code for job */
            exit_code?: number;
            /** @description comma separated list of required features */
            features?: string;
            /** @description Origin cluster's name */
            federation_origin?: string;
            /** @description string of active sibling names */
            federation_siblings_active?: string;
            /** @description string of viable sibling names */
            federation_siblings_viable?: string;
            /** @description Job flags */
            flags?: string[];
            /** @description Job flags */
            gres_detail?: string[];
            /** @description group job submitted as */
            group_id?: number;
            /** @description job ID of hetjob leader */
            het_job_id?: number;
            /** @description job IDs for all components */
            het_job_id_set?: string;
            /** @description HetJob component offset from leader */
            het_job_offset?: number;
            /** @description job ID */
            job_id?: number;
            job_resources?: components["schemas"]["v0.0.38_job_resources"];
            /** @description state of the job */
            job_state?: string;
            /** @description last time job was evaluated for scheduling */
            last_sched_evaluation?: number;
            /** @description licenses required by the job */
            licenses?: string;
            /** @description maximum number of cpus usable by job */
            max_cpus?: number;
            /** @description maximum number of nodes usable by job */
            max_nodes?: number;
            /** @description mcs_label if mcs plugin in use */
            mcs_label?: string;
            /** @description minimum real memory per cpu */
            memory_per_cpu?: number;
            /** @description minimum real memory per node */
            memory_per_node?: number;
            /** @description semicolon delimited list of TRES=# values */
            memory_per_tres?: string;
            /** @description minimum # CPUs per node */
            minimum_cpus_per_node?: number;
            /** @description minimum tmp disk per node */
            minimum_tmp_disk_per_node?: number;
            /** @description name of the job */
            name?: string;
            /** @description requested priority change */
            nice?: number;
            /** @description minimum number of nodes required by job */
            node_count?: number;
            /** @description list of nodes allocated to job */
            nodes?: string;
            /** @description name of assigned partition */
            partition?: string;
            /**
             * Format: int64
             * @description time job ran prior to last suspend
             */
            pre_sus_time?: number;
            /**
             * Format: int64
             * @description preemption signal time
             */
            preempt_time?: number;
            /** @description relative priority of the job */
            priority?: number;
            /** @description Job profiling requested */
            profile?: string[];
            /** @description Quality of Service */
            qos?: string;
            /** @description node reboot requested before start */
            reboot?: boolean;
            /** @description enable or disable job requeue option */
            requeue?: boolean;
            /** @description comma separated list of required nodes */
            required_nodes?: string;
            /**
             * Format: int64
             * @description time of latest size change
             */
            resize_time?: number;
            /** @description count of job restarts */
            restart_cnt?: number;
            /** @description reservation name */
            resv_name?: string;
            /** @description type and if job can share nodes with other jobs */
            shared?: string;
            /** @description details requested */
            show_flags?: string[];
            /** @description sockets per board required by job */
            sockets_per_board?: number;
            /** @description sockets per node required by job */
            sockets_per_node?: number;
            /** @description pathname of job's stderr file */
            standard_error?: string;
            /** @description pathname of job's stdin file */
            standard_input?: string;
            /** @description pathname of job's stdout file */
            standard_output?: string;
            /**
             * Format: int64
             * @description time execution begins, actual or expected
             */
            start_time?: number;
            /** @description optional details for state_reason */
            state_description?: string;
            /** @description reason job still pending or failed */
            state_reason?: string;
            /**
             * Format: int64
             * @description time of job submission
             */
            submit_time?: number;
            /**
             * Format: int64
             * @description time job last suspended or resumed
             */
            suspend_time?: number;
            /** @description slurmctld's arbitrary comment */
            system_comment?: string;
            /** @description requested task count */
            tasks?: number;
            /** @description number of tasks to invoke on each board */
            tasks_per_board?: number;
            /** @description number of tasks to invoke on each core */
            tasks_per_core?: number;
            /** @description number of tasks to invoke on each socket */
            tasks_per_socket?: number;
            /** @description specialized thread count */
            thread_spec?: string;
            /** @description threads per core required by job */
            threads_per_core?: number;
            /**
             * Format: int64
             * @description maximum run time in minutes
             */
            time_limit?: number;
            /**
             * Format: int64
             * @description minimum run time in minutes
             */
            time_minimum?: number;
            /** @description tres used in the job */
            tres_alloc_str?: string;
            /** @description Task to TRES binding directives */
            tres_bind?: string;
            /** @description TRES frequency directives */
            tres_freq?: string;
            /** @description semicolon delimited list of TRES=# values */
            tres_per_job?: string;
            /** @description semicolon delimited list of TRES=# values */
            tres_per_node?: string;
            /** @description semicolon delimited list of TRES=# values */
            tres_per_socket?: string;
            /** @description semicolon delimited list of TRES=# values */
            tres_per_task?: string;
            /** @description tres reqeusted in the job */
            tres_req_str?: string;
            /**
             * Format: int64
             * @description user id the job runs as
             */
            user_id?: number;
            /** @description user the job runs as */
            user_name?: string;
            /** @description wckey for job */
            wckey?: string;
        };
        "v0.0.38_job_submission": {
            job?: components["schemas"]["v0.0.38_job_properties"];
            /** @description Properties of an HetJob */
            jobs?: components["schemas"]["v0.0.38_job_properties"][];
            /** @description Executable script (full contents) to run in batch step */
            script: string;
        };
        "v0.0.38_job_submission_response": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.38_error"][];
            /** @description new job ID */
            job_id?: number;
            /** @description Message to user from job_submit plugin */
            job_submit_user_msg?: string;
            meta?: components["schemas"]["v0.0.38_meta"];
            /** @description new job step ID */
            step_id?: string;
        };
        "v0.0.38_jobs_response": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.38_error"][];
            /** @description job descriptions */
            jobs?: components["schemas"]["v0.0.38_job_response_properties"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "v0.0.38_license": {
            /** @description number of licenses available */
            Free?: number;
            /** @description name of license */
            LicenseName?: string;
            /** @description license is remote */
            Remote?: boolean;
            /** @description number of licenses reserved */
            Reserved?: number;
            /** @description total number of licenses */
            Total?: number;
            /** @description number of licenses in use */
            Used?: number;
        };
        "v0.0.38_licenses": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.38_error"][];
            /** @description licenses info */
            licenses?: components["schemas"]["v0.0.38_license"][];
        };
        "v0.0.38_meta": {
            plugin?: {
                name?: string;
                type?: string;
            };
            /** @description Slurm information */
            Slurm?: {
                /** @description version specifier */
                release?: string;
                version?: {
                    major?: string;
                    micro?: string;
                    minor?: string;
                };
            };
        };
        "v0.0.38_node": {
            /** @description list of a node's available features */
            active_features?: string;
            /** @description state after reboot */
            address?: string;
            /**
             * Format: int64
             * @description Allocated CPUs
             */
            alloc_cpus?: number;
            /**
             * Format: int64
             * @description Allocated memory (MB)
             */
            alloc_memory?: number;
            /** @description computer architecture */
            architecture?: string;
            /** @description total number of boards per node */
            boards?: number;
            /**
             * Format: int64
             * @description timestamp of node boot
             */
            boot_time?: number;
            /** @description BcastAddr */
            burstbuffer_network_address?: string;
            /** @description number of cores per socket */
            cores?: number;
            /** @description Default task binding */
            cpu_binding?: number;
            /**
             * Format: int64
             * @description CPU load * 100
             */
            cpu_load?: number;
            /** @description configured count of cpus running on the node */
            cpus?: number;
            features?: string;
            /** @description free memory in MiB */
            free_memory?: number;
            /** @description list of a node's generic resources */
            gres?: string;
            /** @description list of drained GRES */
            gres_drained?: string;
            /** @description list of GRES in current use */
            gres_used?: string;
            /** @description node's hostname */
            hostname?: string;
            /**
             * Format: int64
             * @description Idle CPUs
             */
            idle_cpus?: number;
            /** @description mcs label if mcs plugin in use */
            mcs_label?: string;
            /** @description node name to slurm */
            name?: string;
            /** @description state after reboot */
            next_state_after_reboot?: string;
            /** @description node state flags */
            next_state_after_reboot_flags?: string[];
            /** @description operating system */
            operating_system?: string;
            /** @description User allowed to use this node */
            owner?: string;
            /** @description assigned partitions */
            partitions?: string[];
            /** @description TCP port number of the slurmd */
            port?: number;
            /** @description configured MB of real memory on the node */
            real_memory?: number;
            /** @description reason for node being DOWN or DRAINING */
            reason?: string;
            /** @description Time stamp when reason was set */
            reason_changed_at?: number;
            /** @description User that set the reason */
            reason_set_by_user?: string;
            /**
             * Format: int64
             * @description timestamp of slurmd startup
             */
            slurmd_start_time?: number;
            /** @description Slurmd version */
            slurmd_version?: string;
            /** @description total number of sockets per node */
            sockets?: number;
            /** @description current node state */
            state?: string;
            /** @description node state flags */
            state_flags?: string[];
            /** @description configured MB of total disk in TMP_FS */
            temporary_disk?: number;
            /** @description number of threads per core */
            threads?: number;
            /** @description TRES on node */
            tres?: string;
            /** @description TRES used on node */
            tres_used?: string;
            /**
             * Format: double
             * @description TRES weight used on node
             */
            tres_weighted?: number;
            /** @description arbitrary priority of node for scheduling */
            weight?: number;
        };
        "v0.0.38_node_allocation": {
            /** @description number of assigned job CPUs */
            cpus?: number;
            /** @description amount of assigned job memory */
            memory?: number;
            /** @description node name */
            nodename?: string;
            /** @description assignment status of each socket by numeric socket id */
            sockets?: {
                /** @description assignment status of each core by core id in each socket */
                cores?: Record<string, never>;
            };
        };
        "v0.0.38_nodes_response": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            /** @description nodes info */
            nodes?: components["schemas"]["v0.0.38_node"][];
        };
        "v0.0.38_partition": {
            /** @description comma delimited list of accounts */
            allowed_accounts?: string;
            /** @description list names of allowed allocating nodes */
            allowed_allocation_nodes?: string;
            /** @description comma delimited list of groups */
            allowed_groups?: string;
            /** @description comma delimited list of qos */
            allowed_qos?: string;
            /** @description name of alternate partition */
            alternative?: string;
            /** @description TRES billing weights */
            billing_weights?: string;
            /**
             * Format: int64
             * @description default MB memory per allocated CPU
             */
            default_memory_per_cpu?: number;
            /**
             * Format: int64
             * @description default MB memory per allocated node
             */
            default_memory_per_node?: number;
            /**
             * Format: int64
             * @description default time limit (minutes)
             */
            default_time_limit?: number;
            /** @description comma delimited list of denied accounts */
            denied_accounts?: string;
            /** @description comma delimited list of denied qos */
            denied_qos?: string;
            /** @description partition options */
            flags?: string[];
            /**
             * Format: int64
             * @description Max time limit per job
             */
            max_time_limit?: number;
            /** @description maximum allocated CPUs per node */
            maximum_cpus_per_node?: number;
            /**
             * Format: int64
             * @description maximum memory per allocated CPU (MiB)
             */
            maximum_memory_per_cpu?: number;
            /**
             * Format: int64
             * @description maximum memory per allocated node (MiB)
             */
            maximum_memory_per_node?: number;
            /** @description Max nodes per job */
            maximum_nodes_per_job?: number;
            /** @description Min number of nodes per job */
            min_nodes_per_job?: number;
            /** @description Partition name */
            name?: string;
            /** @description list names of nodes in partition */
            nodes?: string;
            /** @description job's time limit can be exceeded by this number of minutes before cancellation */
            over_time_limit?: number;
            /**
             * Format: int64
             * @description preemption grace time (seconds)
             */
            preemption_grace_time?: number;
            /** @description preemption type */
            preemption_mode?: string[];
            /** @description job priority weight factor */
            priority_job_factor?: number;
            /** @description tier for scheduling and preemption */
            priority_tier?: number;
            /** @description partition QOS name */
            qos?: string;
            /** @description Partition state */
            state?: string;
            /** @description Total cpus in partition */
            total_cpus?: number;
            /** @description Total number of nodes in partition */
            total_nodes?: number;
            /** @description configured TRES in partition */
            tres?: string;
        };
        "v0.0.38_partitions_response": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            /** @description partition info */
            partitions?: components["schemas"]["v0.0.38_partition"][];
        };
        "v0.0.38_ping": {
            /** @description slurm controller hostname */
            hostname?: string;
            /** @description slurm controller mode */
            mode?: string;
            /**
             * @description slurm controller host up
             * @enum {string}
             */
            ping?: "UP" | "DOWN";
            /** @description slurm controller status */
            status?: number;
        };
        "v0.0.38_pings": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            /** @description slurm controller pings */
            pings?: components["schemas"]["v0.0.38_ping"][];
        };
        "v0.0.38_reservation": {
            /** @description Allowed accounts */
            accounts?: string;
            /** @description Reserved burst buffer */
            burst_buffer?: string;
            /** @description Number of reserved cores */
            core_count?: number;
            /** @description Number of reserved specialized cores */
            core_spec_cnt?: number;
            /** @description End time of the reservation */
            end_time?: number;
            /** @description List of features */
            features?: string;
            /** @description Reservation options */
            flags?: string[];
            /** @description List of groups permitted to use the reserved nodes */
            groups?: string;
            /** @description List of licenses */
            licenses?: string;
            /** @description Maximum delay in which jobs outside of the reservation will be permitted to overlap once any jobs are queued for the reservation */
            max_start_delay?: number;
            /** @description Reservationn name */
            name?: string;
            /** @description Count of nodes reserved */
            node_count?: number;
            /** @description List of reserved nodes */
            node_list?: string;
            /** @description Partition */
            partition?: string;
            /** @description If PURGE_COMP flag is set the amount of seconds this reservation will sit idle until it is revoked */
            purge_completed?: {
                /** @description amount of seconds this reservation will sit idle until it is revoked */
                time?: number;
            };
            /** @description Start time of reservation */
            start_time?: number;
            /** @description List of TRES */
            tres?: string;
            /** @description List of users */
            users?: string;
            /** @description amount of power to reserve in watts */
            watts?: number;
        };
        "v0.0.38_reservations_response": {
            /** @description slurm errors */
            errors?: components["schemas"]["v0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            /** @description reservation info */
            reservations?: components["schemas"]["v0.0.38_reservation"][];
        };
        /**
         * Format: int32
         * @description POSIX signal name
         * @enum {string}
         */
        "v0.0.38_signal": "HUP" | "INT" | "QUIT" | "ABRT" | "KILL" | "ALRM" | "TERM" | "USR1" | "USR2" | "URG" | "CONT" | "STOP" | "TSTP" | "TTIN" | "TTOU";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    slurmctld_diag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description diagnostic results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.37_diag"];
                    "application/x-yaml": components["schemas"]["v0.0.37_diag"];
                };
            };
            /** @description unable to request ping test */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_get_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm JobID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job(s) information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.37_jobs_response"];
                    "application/x-yaml": components["schemas"]["v0.0.37_jobs_response"];
                };
            };
            /** @description job matching JobId not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_update_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        /** @description update job */
        requestBody: {
            content: {
                "application/json": components["schemas"]["v0.0.37_job_properties"];
                "application/x-yaml": components["schemas"]["v0.0.37_job_properties"];
            };
        };
        responses: {
            /** @description job information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description job not found */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_cancel_job: {
        parameters: {
            query?: {
                /** @description signal to send to job */
                signal?: components["schemas"]["v0.0.37_signal"];
            };
            header?: never;
            path: {
                /** @description Slurm Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job cancelled or sent signal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description job not found */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_submit_job: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description submit new job */
        requestBody: {
            content: {
                "application/json": components["schemas"]["v0.0.37_job_submission"];
                "application/x-yaml": components["schemas"]["v0.0.37_job_submission"];
            };
        };
        responses: {
            /** @description job submitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.37_job_submission_response"];
                    "application/x-yaml": components["schemas"]["v0.0.37_job_submission_response"];
                };
            };
            /** @description job rejected */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_get_jobs: {
        parameters: {
            query?: {
                /** @description Filter if changed since update_time. Use of this parameter can result in faster replies. */
                update_time?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job(s) information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.37_jobs_response"];
                    "application/x-yaml": components["schemas"]["v0.0.37_jobs_response"];
                };
            };
            /** @description job not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_get_node: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm Node Name */
                node_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.37_nodes_response"];
                    "application/x-yaml": components["schemas"]["v0.0.37_nodes_response"];
                };
            };
            /** @description node not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_get_nodes: {
        parameters: {
            query?: {
                /** @description Filter if changed since update_time. Use of this parameter can result in faster replies. */
                update_time?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.37_nodes_response"];
                    "application/x-yaml": components["schemas"]["v0.0.37_nodes_response"];
                };
            };
            /** @description no nodes in cluster */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_get_partition: {
        parameters: {
            query?: {
                /** @description Filter if there were no partition changes (not limited to partition in URL endpoint) since update_time. */
                update_time?: number;
            };
            header?: never;
            path: {
                /** @description Slurm Partition Name */
                partition_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description partition information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.37_partitions_response"];
                    "application/x-yaml": components["schemas"]["v0.0.37_partitions_response"];
                };
            };
            /** @description no partitions found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_get_partitions: {
        parameters: {
            query?: {
                /** @description Filter if changed since update_time. Use of this parameter can result in faster replies. */
                update_time?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description partition information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.37_partitions_response"];
                    "application/x-yaml": components["schemas"]["v0.0.37_partitions_response"];
                };
            };
            /** @description no partitions found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description results of ping test */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.37_pings"];
                    "application/x-yaml": components["schemas"]["v0.0.37_pings"];
                };
            };
            /** @description unable to request ping test */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_get_reservation: {
        parameters: {
            query?: {
                /** @description Filter if no reservation (not limited to reservation in URL) changed since update_time. */
                update_time?: number;
            };
            header?: never;
            path: {
                /** @description Slurm Reservation Name */
                reservation_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reservation information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.37_reservations_response"];
                    "application/x-yaml": components["schemas"]["v0.0.37_reservations_response"];
                };
            };
            /** @description no reservations found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmctld_get_reservations: {
        parameters: {
            query?: {
                /** @description Filter if changed since update_time. Use of this parameter can result in faster replies. */
                update_time?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reservation information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.37_reservations_response"];
                    "application/x-yaml": components["schemas"]["v0.0.37_reservations_response"];
                };
            };
            /** @description no reservations found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurm_v0_0_38_diag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description diagnostic results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_diag"];
                    "application/x-yaml": components["schemas"]["v0.0.38_diag"];
                };
            };
            /** @description unable to request ping test */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["v0.0.38_errors"];
                };
            };
        };
    };
    slurm_v0_0_38_get_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm JobID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job(s) information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_jobs_response"];
                    "application/x-yaml": components["schemas"]["v0.0.38_jobs_response"];
                };
            };
            /** @description job matching JobId not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurm_v0_0_38_update_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        /** @description update job */
        requestBody: {
            content: {
                "application/json": components["schemas"]["v0.0.38_job_properties"];
                "application/x-yaml": components["schemas"]["v0.0.38_job_properties"];
            };
        };
        responses: {
            /** @description job information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description job not found */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurm_v0_0_38_cancel_job: {
        parameters: {
            query?: {
                /** @description signal to send to job */
                signal?: components["schemas"]["v0.0.38_signal"];
            };
            header?: never;
            path: {
                /** @description Slurm Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job cancelled or sent signal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description job not found */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurm_v0_0_38_submit_job: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description submit new job */
        requestBody: {
            content: {
                "application/json": components["schemas"]["v0.0.38_job_submission"];
                "application/x-yaml": components["schemas"]["v0.0.38_job_submission"];
            };
        };
        responses: {
            /** @description job submitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_job_submission_response"];
                    "application/x-yaml": components["schemas"]["v0.0.38_job_submission_response"];
                };
            };
            /** @description job rejected */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["v0.0.38_errors"];
                };
            };
        };
    };
    slurm_v0_0_38_get_jobs: {
        parameters: {
            query?: {
                /** @description Filter if changed since update_time. Use of this parameter can result in faster replies. */
                update_time?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job(s) information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_jobs_response"];
                    "application/x-yaml": components["schemas"]["v0.0.38_jobs_response"];
                };
            };
            /** @description job not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["v0.0.38_errors"];
                };
            };
        };
    };
    slurm_v0_0_38_slurmctld_get_licenses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description results of get all licenses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_licenses"];
                    "application/x-yaml": components["schemas"]["v0.0.38_licenses"];
                };
            };
            /** @description unable to request licenses */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurm_v0_0_38_get_node: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm Node Name */
                node_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_nodes_response"];
                    "application/x-yaml": components["schemas"]["v0.0.38_nodes_response"];
                };
            };
            /** @description node not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["v0.0.38_errors"];
                };
            };
        };
    };
    slurm_v0_0_38_get_nodes: {
        parameters: {
            query?: {
                /** @description Filter if changed since update_time. Use of this parameter can result in faster replies. */
                update_time?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_nodes_response"];
                    "application/x-yaml": components["schemas"]["v0.0.38_nodes_response"];
                };
            };
            /** @description no nodes in cluster */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["v0.0.38_errors"];
                };
            };
        };
    };
    slurm_v0_0_38_get_partition: {
        parameters: {
            query?: {
                /** @description Filter if there were no partition changes (not limited to partition in URL endpoint) since update_time. */
                update_time?: number;
            };
            header?: never;
            path: {
                /** @description Slurm Partition Name */
                partition_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description partition information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_partitions_response"];
                    "application/x-yaml": components["schemas"]["v0.0.38_partitions_response"];
                };
            };
            /** @description no partitions found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["v0.0.38_errors"];
                };
            };
        };
    };
    slurm_v0_0_38_get_partitions: {
        parameters: {
            query?: {
                /** @description Filter if changed since update_time. Use of this parameter can result in faster replies. */
                update_time?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description partition information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_partitions_response"];
                    "application/x-yaml": components["schemas"]["v0.0.38_partitions_response"];
                };
            };
            /** @description no partitions found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["v0.0.38_errors"];
                };
            };
        };
    };
    slurm_v0_0_38_ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description results of ping test */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_pings"];
                    "application/x-yaml": components["schemas"]["v0.0.38_pings"];
                };
            };
            /** @description unable to request ping test */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["v0.0.38_errors"];
                };
            };
        };
    };
    slurm_v0_0_38_get_reservation: {
        parameters: {
            query?: {
                /** @description Filter if no reservation (not limited to reservation in URL) changed since update_time. */
                update_time?: number;
            };
            header?: never;
            path: {
                /** @description Slurm Reservation Name */
                reservation_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reservation information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_reservations_response"];
                    "application/x-yaml": components["schemas"]["v0.0.38_reservations_response"];
                };
            };
            /** @description no reservations found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["v0.0.38_errors"];
                };
            };
        };
    };
    slurm_v0_0_38_get_reservations: {
        parameters: {
            query?: {
                /** @description Filter if changed since update_time. Use of this parameter can result in faster replies. */
                update_time?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reservation information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_reservations_response"];
                    "application/x-yaml": components["schemas"]["v0.0.38_reservations_response"];
                };
            };
            /** @description no reservations found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["v0.0.38_errors"];
                };
            };
        };
    };
}
