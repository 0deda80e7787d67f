// Generated from src/slurm/openapi/slurm-24.11.json by `npm run generate`. Do not edit by hand.
export interface paths {
    "/slurm/v0.0.40/diag/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get diagnostics */
        get: operations["slurm_v0040_get_diag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/job/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get job info */
        get: operations["slurm_v0040_get_job"];
        put?: never;
        /** update job */
        post: operations["slurm_v0040_post_job"];
        /** cancel or signal job */
        delete: operations["slurm_v0040_delete_job"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/job/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit new job */
        post: operations["slurm_v0040_post_job_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/jobs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get list of jobs */
        get: operations["slurm_v0040_get_jobs"];
        put?: never;
        post?: never;
        /** send signal to list of jobs */
        delete: operations["slurm_v0040_delete_jobs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/jobs/state/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get list of job states */
        get: operations["slurm_v0040_get_jobs_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/licenses/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all Slurm tracked license info */
        get: operations["slurm_v0040_get_licenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/node/{node_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get node info */
        get: operations["slurm_v0040_get_node"];
        put?: never;
        /** update node properties */
        post: operations["slurm_v0040_post_node"];
        /** delete node */
        delete: operations["slurm_v0040_delete_node"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/nodes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get node(s) info */
        get: operations["slurm_v0040_get_nodes"];
        put?: never;
        /** batch update node(s) */
        post: operations["slurm_v0040_post_nodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/partition/{partition_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get partition info */
        get: operations["slurm_v0040_get_partition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/partitions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all partition info */
        get: operations["slurm_v0040_get_partitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/ping/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ping test */
        get: operations["slurm_v0040_get_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/reconfigure/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** request slurmctld reconfigure */
        get: operations["slurm_v0040_get_reconfigure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/reservation/{reservation_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get reservation info */
        get: operations["slurm_v0040_get_reservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/reservations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all reservation info */
        get: operations["slurm_v0040_get_reservations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.40/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get fairshare info */
        get: operations["slurm_v0040_get_shares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/diag/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get diagnostics */
        get: operations["slurm_v0041_get_diag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/job/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get job info */
        get: operations["slurm_v0041_get_job"];
        put?: never;
        /** update job */
        post: operations["slurm_v0041_post_job"];
        /** cancel or signal job */
        delete: operations["slurm_v0041_delete_job"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/job/allocate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit new job allocation without any steps that must be signaled to stop */
        post: operations["slurm_v0041_post_job_allocate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/job/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit new job */
        post: operations["slurm_v0041_post_job_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/jobs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get list of jobs */
        get: operations["slurm_v0041_get_jobs"];
        put?: never;
        post?: never;
        /** send signal to list of jobs */
        delete: operations["slurm_v0041_delete_jobs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/jobs/state/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get list of job states */
        get: operations["slurm_v0041_get_jobs_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/licenses/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all Slurm tracked license info */
        get: operations["slurm_v0041_get_licenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/node/{node_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get node info */
        get: operations["slurm_v0041_get_node"];
        put?: never;
        /** update node properties */
        post: operations["slurm_v0041_post_node"];
        /** delete node */
        delete: operations["slurm_v0041_delete_node"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/nodes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get node(s) info */
        get: operations["slurm_v0041_get_nodes"];
        put?: never;
        /** batch update node(s) */
        post: operations["slurm_v0041_post_nodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/partition/{partition_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get partition info */
        get: operations["slurm_v0041_get_partition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/partitions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all partition info */
        get: operations["slurm_v0041_get_partitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/ping/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ping test */
        get: operations["slurm_v0041_get_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/reconfigure/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** request slurmctld reconfigure */
        get: operations["slurm_v0041_get_reconfigure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/reservation/{reservation_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get reservation info */
        get: operations["slurm_v0041_get_reservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/reservations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all reservation info */
        get: operations["slurm_v0041_get_reservations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.41/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get fairshare info */
        get: operations["slurm_v0041_get_shares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/diag/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get diagnostics */
        get: operations["slurm_v0042_get_diag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/job/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get job info */
        get: operations["slurm_v0042_get_job"];
        put?: never;
        /** update job */
        post: operations["slurm_v0042_post_job"];
        /** cancel or signal job */
        delete: operations["slurm_v0042_delete_job"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/job/allocate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit new job allocation without any steps that must be signaled to stop */
        post: operations["slurm_v0042_post_job_allocate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/job/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submit new job */
        post: operations["slurm_v0042_post_job_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/jobs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get list of jobs */
        get: operations["slurm_v0042_get_jobs"];
        put?: never;
        post?: never;
        /** send signal to list of jobs */
        delete: operations["slurm_v0042_delete_jobs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/jobs/state/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get list of job states */
        get: operations["slurm_v0042_get_jobs_state"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/licenses/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all Slurm tracked license info */
        get: operations["slurm_v0042_get_licenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/node/{node_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get node info */
        get: operations["slurm_v0042_get_node"];
        put?: never;
        /** update node properties */
        post: operations["slurm_v0042_post_node"];
        /** delete node */
        delete: operations["slurm_v0042_delete_node"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/nodes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get node(s) info */
        get: operations["slurm_v0042_get_nodes"];
        put?: never;
        /** batch update node(s) */
        post: operations["slurm_v0042_post_nodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/partition/{partition_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get partition info */
        get: operations["slurm_v0042_get_partition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/partitions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all partition info */
        get: operations["slurm_v0042_get_partitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/ping/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ping test */
        get: operations["slurm_v0042_get_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/reconfigure/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** request slurmctld reconfigure */
        get: operations["slurm_v0042_get_reconfigure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/reservation/{reservation_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get reservation info */
        get: operations["slurm_v0042_get_reservation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/reservations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get all reservation info */
        get: operations["slurm_v0042_get_reservations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurm/v0.0.42/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get fairshare info */
        get: operations["slurm_v0042_get_shares"];
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
        "v0.0.40_acct_gather_energy": {
            /**
             * Format: int32
             * @description Average power consumption, in watts
             */
            average_watts?: number;
            /**
             * Format: int64
             * @description The energy consumed between when the node was powered on and the last time it was registered by slurmd, in joules
             */
            base_consumed_energy?: number;
            /**
             * Format: int64
             * @description The energy consumed between the last time the node was registered by the slurmd daemon and the last node energy accounting sample, in joules
             */
            consumed_energy?: number;
            /** @description The instantaneous power consumption at the time of the last node energy accounting sample, in watts */
            current_watts?: components["schemas"]["v0.0.40_uint32_no_val"];
            /**
             * Format: int64
             * @description Time when energy data was last retrieved (UNIX timestamp)
             */
            last_collected?: number;
            /**
             * Format: int64
             * @description Previous value of consumed_energy
             */
            previous_consumed_energy?: number;
        };
        "v0.0.40_acct_gather_profile": ("NOT_SET" | "NONE" | "ENERGY" | "LUSTRE" | "NETWORK" | "TASK")[];
        "v0.0.40_assoc_shares_obj_list": components["schemas"]["v0.0.40_assoc_shares_obj_wrap"][];
        "v0.0.40_assoc_shares_obj_wrap": {
            /** @description Cluster name */
            cluster?: string;
            /**
             * Format: double
             * @description Effective, normalized usage
             */
            effective_usage?: number;
            fairshare?: {
                /**
                 * Format: double
                 * @description Fairshare factor
                 */
                factor?: number;
                /**
                 * Format: double
                 * @description Fairshare factor at this level; stored on an assoc as a long double, but that is not needed for display in sshare
                 */
                level?: number;
            };
            /**
             * Format: int32
             * @description Association ID
             */
            id?: number;
            /** @description Share name */
            name?: string;
            /** @description Parent name */
            parent?: string;
            /** @description Partition name */
            partition?: string;
            /** @description Number of shares allocated */
            shares?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Normalized shares */
            shares_normalized?: components["schemas"]["v0.0.40_float64_no_val"];
            tres?: {
                /** @description TRES-minute limit */
                group_minutes?: components["schemas"]["v0.0.40_shares_uint64_tres_list"];
                /** @description Currently running tres-secs = grp_used_tres_run_secs */
                run_seconds?: components["schemas"]["v0.0.40_shares_uint64_tres_list"];
                /** @description Measure of each TRES usage */
                usage?: components["schemas"]["v0.0.40_shares_float128_tres_list"];
            };
            /** @description User or account association */
            type?: components["schemas"]["v0.0.40_assoc_shares_obj_wrap_type"];
            /**
             * Format: int64
             * @description Measure of tresbillableunits usage
             */
            usage?: number;
            /** @description Normalized usage */
            usage_normalized?: components["schemas"]["v0.0.40_float64_no_val"];
        };
        "v0.0.40_assoc_shares_obj_wrap_type": ("USER" | "ASSOCIATION")[];
        "v0.0.40_bf_exit_fields": {
            /**
             * Format: int32
             * @description Reached number of jobs allowed to start
             */
            bf_max_job_start?: number;
            /**
             * Format: int32
             * @description Reached number of jobs allowed to be tested
             */
            bf_max_job_test?: number;
            /**
             * Format: int32
             * @description Reached maximum allowed scheduler time
             */
            bf_max_time?: number;
            /**
             * Format: int32
             * @description Reached table size limit
             */
            bf_node_space_size?: number;
            /**
             * Format: int32
             * @description Reached end of queue
             */
            end_job_queue?: number;
            /**
             * Format: int32
             * @description System state changed
             */
            state_changed?: number;
        };
        "v0.0.40_controller_ping": {
            /** @description Target for ping */
            hostname?: string;
            /**
             * Format: int64
             * @description Number of microseconds it took to successfully ping or timeout
             */
            latency?: number;
            /** @description The operating mode of the responding slurmctld */
            mode?: string;
            /** @description Ping result */
            pinged?: string;
        };
        "v0.0.40_controller_ping_array": components["schemas"]["v0.0.40_controller_ping"][];
        "v0.0.40_cpu_binding_flags": ("CPU_BIND_TO_THREADS" | "CPU_BIND_TO_CORES" | "CPU_BIND_TO_SOCKETS" | "CPU_BIND_TO_LDOMS" | "CPU_BIND_NONE" | "CPU_BIND_RANK" | "CPU_BIND_MAP" | "CPU_BIND_MASK" | "CPU_BIND_LDRANK" | "CPU_BIND_LDMAP" | "CPU_BIND_LDMASK" | "VERBOSE" | "CPU_BIND_ONE_THREAD_PER_CORE")[];
        "v0.0.40_cron_entry": {
            /** @description Command to run */
            command?: string;
            /** @description Ranged string specifying eligible day of month values (e.g. 0-10,29) */
            day_of_month?: string;
            /** @description Ranged string specifying eligible day of week values (e.g.0-3,7) */
            day_of_week?: string;
            /** @description Flags */
            flags?: components["schemas"]["v0.0.40_cron_entry_flags"];
            /** @description Ranged string specifying eligible hour values (e.g. 0-5,23) */
            hour?: string;
            line?: {
                /**
                 * Format: int32
                 * @description End of this entry in file
                 */
                end?: number;
                /**
                 * Format: int32
                 * @description Start of this entry in file
                 */
                start?: number;
            };
            /** @description Ranged string specifying eligible minute values (e.g. 0-10,50) */
            minute?: string;
            /** @description Ranged string specifying eligible month values (e.g. 0-5,12) */
            month?: string;
            /** @description Time specification (* means valid for all allowed values) - minute hour day_of_month month day_of_week */
            specification?: string;
        };
        "v0.0.40_cron_entry_flags": ("WILD_MINUTE" | "WILD_HOUR" | "WILD_DAY_OF_MONTH" | "WILD_MONTH" | "WILD_DAY_OF_WEEK")[];
        "v0.0.40_csv_string": string[];
        /**
         * @deprecated
         * @description removed field
         */
        "v0.0.40_ext_sensors_data": Record<string, never>;
        /** @description 64 bit floating point number with flags */
        "v0.0.40_float64_no_val": {
            /**
             * @description True if number has been set to infinite. "set" and "number" will be ignored.
             * @default 0
             */
            infinite?: boolean;
            /**
             * Format: double
             * @description If set is True the number will be set with value. Otherwise ignore number contents.
             */
            number?: number;
            /**
             * @description True if number has been set. False if number is unset
             * @default false
             */
            set?: boolean;
        };
        "v0.0.40_hostlist_string": string[];
        "v0.0.40_job_array_response_array": components["schemas"]["v0.0.40_job_array_response_msg_entry"][];
        "v0.0.40_job_array_response_msg_entry": {
            /** @description Verbose update status or error */
            error?: string;
            /**
             * Format: int32
             * @description Verbose update status or error
             */
            error_code?: number;
            /**
             * Format: int32
             * @description Job ID for updated Job
             */
            job_id?: number;
            /** @description Step ID for updated Job */
            step_id?: string;
            /** @description Update response message */
            why?: string;
        };
        "v0.0.40_job_desc_msg": {
            /** @description Account associated with the job */
            account?: string;
            /** @description Job accounting and profiling sampling intervals in seconds */
            account_gather_frequency?: string;
            /** @description Arbitrary comment made by administrator */
            admin_comment?: string;
            /** @description Local node making the resource allocation */
            allocation_node_list?: string;
            /**
             * Format: int32
             * @description Port to send allocation confirmation to
             */
            allocation_node_port?: number;
            /** @description Arguments to the script */
            argv?: components["schemas"]["v0.0.40_string_array"];
            /** @description Job array index value specification */
            array?: string;
            /** @description Features required for batch script's node */
            batch_features?: string;
            /** @description Defer the allocation of the job until the specified time (UNIX timestamp) */
            begin_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Burst buffer specifications */
            burst_buffer?: string;
            /** @description Required features that a federated cluster must have to have a sibling job submitted to it */
            cluster_constraint?: string;
            /** @description Clusters that a federated job can run on */
            clusters?: string;
            /** @description Arbitrary comment made by user */
            comment?: string;
            /** @description Comma separated list of features that are required */
            constraints?: string;
            /** @description Absolute path to OCI container bundle */
            container?: string;
            /** @description OCI container ID */
            container_id?: string;
            /** @description True if job requires contiguous nodes */
            contiguous?: boolean;
            /**
             * Format: int32
             * @description Specialized core count
             */
            core_specification?: number;
            /**
             * Format: int32
             * @description Cores per socket required
             */
            cores_per_socket?: number;
            /** @description Method for binding tasks to allocated CPUs */
            cpu_binding?: string;
            /** @description Flags for CPU binding */
            cpu_binding_flags?: components["schemas"]["v0.0.40_cpu_binding_flags"];
            /** @description Requested CPU frequency range <p1>[-p2][:p3] */
            cpu_frequency?: string;
            /**
             * Format: int32
             * @description Number of CPUs required by each task
             */
            cpus_per_task?: number;
            /** @description Semicolon delimited list of TRES=# values values indicating how many CPUs should be allocated for each specified TRES (currently only used for gres/gpu) */
            cpus_per_tres?: string;
            /** @description crontab entry */
            crontab?: components["schemas"]["v0.0.40_cron_entry"];
            /** @description Working directory to use for the job */
            current_working_directory?: string;
            /**
             * Format: int64
             * @description Latest time that the job may start (UNIX timestamp)
             */
            deadline?: number;
            /**
             * Format: int32
             * @description Number of seconds after job eligible start that nodes will be rebooted to satisfy feature specification
             */
            delay_boot?: number;
            /** @description Other jobs that must meet certain criteria before this job can start */
            dependency?: string;
            /** @description Layout */
            distribution?: string;
            /**
             * Format: int32
             * @description Plane size specification when distribution specifies plane
             */
            distribution_plane_size?: number;
            /**
             * Format: int64
             * @description Expected end time (UNIX timestamp)
             */
            end_time?: number;
            /** @description Environment variables to be set for the job */
            environment?: components["schemas"]["v0.0.40_string_array"];
            /** @description Comma separated list of nodes that may not be used */
            excluded_nodes?: components["schemas"]["v0.0.40_csv_string"];
            exclusive?: components["schemas"]["v0.0.40_job_exclusive_flags"];
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Job flags */
            flags?: components["schemas"]["v0.0.40_job_flags"];
            /** @description Group ID of the user that owns the job */
            group_id?: string;
            /**
             * Format: int32
             * @description Unique sequence number applied to this component of the heterogeneous job
             */
            hetjob_group?: number;
            /** @description Job held */
            hold?: boolean;
            /** @description If true, exit if resources are not available within the time period specified */
            immediate?: boolean;
            /**
             * Format: int32
             * @description Job ID
             */
            job_id?: number;
            /** @description If true, kill job on node failure */
            kill_on_node_fail?: boolean;
            /** @description Number of seconds before end time to send the warning signal */
            kill_warning_delay?: components["schemas"]["v0.0.40_uint16_no_val"];
            /** @description Flags related to job signals */
            kill_warning_flags?: components["schemas"]["v0.0.40_warn_flags"];
            /** @description Signal to send when approaching end time (e.g. "10" or "USR1") */
            kill_warning_signal?: string;
            /** @description License(s) required by the job */
            licenses?: string;
            /** @description Mail event type(s) */
            mail_type?: components["schemas"]["v0.0.40_job_mail_flags"];
            /** @description User to receive email notifications */
            mail_user?: string;
            /**
             * Format: int32
             * @description Maximum number of CPUs required
             */
            maximum_cpus?: number;
            /**
             * Format: int32
             * @description Maximum node count
             */
            maximum_nodes?: number;
            /** @description Multi-Category Security label on the job */
            mcs_label?: string;
            /** @description Binding map for map/mask_cpu */
            memory_binding?: string;
            /** @description Method for binding tasks to memory */
            memory_binding_type?: components["schemas"]["v0.0.40_memory_binding_type"];
            /** @description Minimum memory in megabytes per allocated CPU */
            memory_per_cpu?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Minimum memory in megabytes per allocated node */
            memory_per_node?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Semicolon delimited list of TRES=# values indicating how much memory in megabytes should be allocated for each specified TRES (currently only used for gres/gpu) */
            memory_per_tres?: string;
            /**
             * Format: int32
             * @description Boards per node required
             */
            minimum_boards_per_node?: number;
            /**
             * Format: int32
             * @description Minimum number of CPUs required
             */
            minimum_cpus?: number;
            /**
             * Format: int32
             * @description Minimum number of CPUs per node
             */
            minimum_cpus_per_node?: number;
            /**
             * Format: int32
             * @description Minimum node count
             */
            minimum_nodes?: number;
            /**
             * Format: int32
             * @description Sockets per board required
             */
            minimum_sockets_per_board?: number;
            /** @description Job name */
            name?: string;
            /** @description Network specs for job step */
            network?: string;
            /**
             * Format: int32
             * @description Requested job priority change
             */
            nice?: number;
            /** @description Node count range specification (e.g. 1-15:4) */
            nodes?: string;
            /**
             * Format: int32
             * @description Number of tasks that can access each GPU
             */
            ntasks_per_tres?: number;
            /** @description Open mode used for stdout and stderr files */
            open_mode?: components["schemas"]["v0.0.40_open_mode"];
            /** @description Overcommit resources */
            overcommit?: boolean;
            oversubscribe?: boolean;
            /** @description Partition assigned to the job */
            partition?: string;
            power_flags?: components["schemas"]["v0.0.40_power_flags"];
            /** @description Comma separated list of features that are preferred but not required */
            prefer?: string;
            /** @description Request specific job priority */
            priority?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Profile used by the acct_gather_profile plugin */
            profile?: components["schemas"]["v0.0.40_acct_gather_profile"];
            /** @description Quality of Service assigned to the job */
            qos?: string;
            /** @description Node reboot requested before start */
            reboot?: boolean;
            /** @description Determines whether the job may be requeued */
            requeue?: boolean;
            /** @description Comma separated list of required nodes */
            required_nodes?: components["schemas"]["v0.0.40_csv_string"];
            /** @description Maximum number of switches */
            required_switches?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Name of reservation to use */
            reservation?: string;
            /**
             * Format: int32
             * @description Port to send various notification msg to
             */
            reserve_ports?: number;
            rlimits?: {
                /** @description Address space limit. */
                as?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description Largest core file that can be created, in bytes. */
                core?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description Per-process CPU limit, in seconds. */
                cpu?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description Maximum size of data segment, in bytes. */
                data?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description Largest file that can be created, in bytes. */
                fsize?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description Locked-in-memory address space */
                memlock?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description Number of open files. */
                nofile?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description Number of processes. */
                nproc?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description Largest resident set size, in bytes. This affects swapping; processes that are exceeding their resident set size will be more likely to have physical memory taken from them. */
                rss?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description Maximum size of stack segment, in bytes. */
                stack?: components["schemas"]["v0.0.40_uint64_no_val"];
            };
            /** @description Job batch script; only the first component in a HetJob is populated or honored */
            script?: string;
            /** @description SELinux context */
            selinux_context?: string;
            /** @description How the job can share resources with other jobs, if at all */
            shared?: components["schemas"]["v0.0.40_job_shared"];
            /**
             * Format: int32
             * @description Site-specific priority factor
             */
            site_factor?: number;
            /**
             * Format: int32
             * @description Sockets per node required
             */
            sockets_per_node?: number;
            /** @description Environment variables for job prolog/epilog scripts as set by SPANK plugins */
            spank_environment?: components["schemas"]["v0.0.40_string_array"];
            /** @description Path to stderr file */
            standard_error?: string;
            /** @description Path to stdin file */
            standard_input?: string;
            /** @description Path to stdout file */
            standard_output?: string;
            /**
             * Format: int32
             * @description Number of tasks
             */
            tasks?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each board
             */
            tasks_per_board?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each core
             */
            tasks_per_core?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each node
             */
            tasks_per_node?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each socket
             */
            tasks_per_socket?: number;
            /**
             * Format: int32
             * @description Minimum tmp disk space required per node
             */
            temporary_disk_per_node?: number;
            /**
             * Format: int32
             * @description Specialized thread count
             */
            thread_specification?: number;
            /**
             * Format: int32
             * @description Threads per core required
             */
            threads_per_core?: number;
            /** @description Maximum run time in minutes */
            time_limit?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Minimum run time in minutes */
            time_minimum?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Task to TRES binding directives */
            tres_bind?: string;
            /** @description TRES frequency directives */
            tres_freq?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every job */
            tres_per_job?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every node */
            tres_per_node?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every socket */
            tres_per_socket?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every task */
            tres_per_task?: string;
            /** @description User ID that owns the job */
            user_id?: string;
            /** @description If true, wait to start until after all nodes have booted */
            wait_all_nodes?: boolean;
            /**
             * Format: int32
             * @description Maximum time to wait for switches in seconds
             */
            wait_for_switch?: number;
            /** @description Workload characterization key */
            wckey?: string;
            /** @description X11 forwarding options */
            x11?: components["schemas"]["v0.0.40_x11_flags"];
            /** @description Magic cookie for X11 forwarding */
            x11_magic_cookie?: string;
            /** @description Hostname or UNIX socket if x11_target_port=0 */
            x11_target_host?: string;
            /**
             * Format: int32
             * @description TCP port
             */
            x11_target_port?: number;
        };
        "v0.0.40_job_desc_msg_list": components["schemas"]["v0.0.40_job_desc_msg"][];
        "v0.0.40_job_exclusive_flags": ("true" | "false" | "user" | "mcs")[];
        "v0.0.40_job_flags": ("KILL_INVALID_DEPENDENCY" | "NO_KILL_INVALID_DEPENDENCY" | "HAS_STATE_DIRECTORY" | "TESTING_BACKFILL" | "GRES_BINDING_ENFORCED" | "TEST_NOW_ONLY" | "SEND_JOB_ENVIRONMENT" | "SPREAD_JOB" | "PREFER_MINIMUM_NODE_COUNT" | "JOB_KILL_HURRY" | "SKIP_TRES_STRING_ACCOUNTING" | "SIBLING_CLUSTER_UPDATE_ONLY" | "HETEROGENEOUS_JOB" | "EXACT_TASK_COUNT_REQUESTED" | "EXACT_CPU_COUNT_REQUESTED" | "TESTING_WHOLE_NODE_BACKFILL" | "TOP_PRIORITY_JOB" | "ACCRUE_COUNT_CLEARED" | "GRES_BINDING_DISABLED" | "JOB_WAS_RUNNING" | "JOB_ACCRUE_TIME_RESET" | "CRON_JOB" | "EXACT_MEMORY_REQUESTED" | "USING_DEFAULT_ACCOUNT" | "USING_DEFAULT_PARTITION" | "USING_DEFAULT_QOS" | "USING_DEFAULT_WCKEY" | "DEPENDENT" | "MAGNETIC" | "PARTITION_ASSIGNED" | "BACKFILL_ATTEMPTED" | "SCHEDULING_ATTEMPTED" | "SAVE_BATCH_SCRIPT" | "GRES_ONE_TASK_PER_SHARING" | "GRES_MULTIPLE_TASKS_PER_SHARING" | "GRES_ALLOW_TASK_SHARING")[];
        "v0.0.40_job_info": {
            /** @description Account associated with the job */
            account?: string;
            /** @description When the job started accruing age priority (UNIX timestamp) */
            accrue_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Arbitrary comment made by administrator */
            admin_comment?: string;
            /** @description Local node making the resource allocation */
            allocating_node?: string;
            /** @description Job ID of job array, or 0 if N/A */
            array_job_id?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Maximum number of simultaneously running tasks, 0 if no limit */
            array_max_tasks?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Task ID of this task in job array */
            array_task_id?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description String expression of task IDs in this record */
            array_task_string?: string;
            /**
             * Format: int32
             * @description Unique identifier for the association
             */
            association_id?: number;
            /** @description Features required for batch script's node */
            batch_features?: string;
            /** @description True if batch job */
            batch_flag?: boolean;
            /** @description Name of host running batch script */
            batch_host?: string;
            /** @description Billable TRES */
            billable_tres?: components["schemas"]["v0.0.40_float64_no_val"];
            /** @description Burst buffer specifications */
            burst_buffer?: string;
            /** @description Burst buffer state details */
            burst_buffer_state?: string;
            /** @description Cluster name */
            cluster?: string;
            /** @description List of required cluster features */
            cluster_features?: string;
            /** @description Executed command */
            command?: string;
            /** @description Arbitrary comment */
            comment?: string;
            /** @description Absolute path to OCI container bundle */
            container?: string;
            /** @description OCI container ID */
            container_id?: string;
            /** @description True if job requires contiguous nodes */
            contiguous?: boolean;
            /**
             * Format: int32
             * @description Specialized core count
             */
            core_spec?: number;
            /** @description Cores per socket required */
            cores_per_socket?: components["schemas"]["v0.0.40_uint16_no_val"];
            /** @description CPU frequency governor */
            cpu_frequency_governor?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Maximum CPU frequency */
            cpu_frequency_maximum?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Minimum CPU frequency */
            cpu_frequency_minimum?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Minimum number of CPUs required */
            cpus?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Number of CPUs required by each task */
            cpus_per_task?: components["schemas"]["v0.0.40_uint16_no_val"];
            /** @description Semicolon delimited list of TRES=# values indicating how many CPUs should be allocated for each specified TRES (currently only used for gres/gpu) */
            cpus_per_tres?: string;
            /** @description Time specification for scrontab job */
            cron?: string;
            /** @description Working directory to use for the job */
            current_working_directory?: string;
            /** @description Latest time that the job may start (UNIX timestamp) */
            deadline?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Number of seconds after job eligible start that nodes will be rebooted to satisfy feature specification */
            delay_boot?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Other jobs that must meet certain criteria before this job can start */
            dependency?: string;
            /** @description return code returned by process */
            derived_exit_code?: components["schemas"]["v0.0.40_process_exit_code_verbose"];
            /** @description Time when the job became eligible to run (UNIX timestamp) */
            eligible_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description End time, real or expected (UNIX timestamp) */
            end_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Comma separated list of nodes that may not be used */
            excluded_nodes?: string;
            exclusive?: components["schemas"]["v0.0.40_job_exclusive_flags"];
            /** @description return code returned by process */
            exit_code?: components["schemas"]["v0.0.40_process_exit_code_verbose"];
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Name of node that caused job failure */
            failed_node?: string;
            /** @description Comma separated list of features that are required */
            features?: string;
            /** @description Origin cluster's name (when using federation) */
            federation_origin?: string;
            /** @description Active sibling job names */
            federation_siblings_active?: string;
            /** @description Viable sibling job names */
            federation_siblings_viable?: string;
            /** @description Job flags */
            flags?: components["schemas"]["v0.0.40_job_flags"];
            /** @description List of GRES index and counts allocated per node */
            gres_detail?: components["schemas"]["v0.0.40_job_info_gres_detail"];
            /**
             * Format: int32
             * @description Group ID of the user that owns the job
             */
            group_id?: number;
            /** @description Group name of the user that owns the job */
            group_name?: string;
            /** @description Heterogeneous job ID, if applicable */
            het_job_id?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Job ID range for all heterogeneous job components */
            het_job_id_set?: string;
            /** @description Unique sequence number applied to this component of the heterogeneous job */
            het_job_offset?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Job held */
            hold?: boolean;
            /**
             * Format: int32
             * @description Job ID
             */
            job_id?: number;
            /** @description Resources used by the job */
            job_resources?: components["schemas"]["v0.0.40_job_res"];
            /** @description Number of nodes (in a range) required for this job */
            job_size_str?: components["schemas"]["v0.0.40_csv_string"];
            /** @description Current state */
            job_state?: components["schemas"]["v0.0.40_job_state"];
            /** @description Last time job was evaluated for scheduling (UNIX timestamp) */
            last_sched_evaluation?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description License(s) required by the job */
            licenses?: string;
            /** @description Mail event type(s) */
            mail_type?: components["schemas"]["v0.0.40_job_mail_flags"];
            /** @description User to receive email notifications */
            mail_user?: string;
            /** @description Maximum number of CPUs usable by the job */
            max_cpus?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Maximum number of nodes usable by the job */
            max_nodes?: components["schemas"]["v0.0.40_uint32_no_val"];
            /**
             * Format: int32
             * @description Maximum time to wait for switches in seconds
             */
            maximum_switch_wait_time?: number;
            /** @description Multi-Category Security label on the job */
            mcs_label?: string;
            /** @description Minimum memory in megabytes per allocated CPU */
            memory_per_cpu?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Minimum memory in megabytes per allocated node */
            memory_per_node?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Semicolon delimited list of TRES=# values indicating how much memory in megabytes should be allocated for each specified TRES (currently only used for gres/gpu) */
            memory_per_tres?: string;
            /** @description Minimum number of CPUs per node */
            minimum_cpus_per_node?: components["schemas"]["v0.0.40_uint16_no_val"];
            /**
             * Format: int32
             * @description Maximum number of switches (the 'minimum' in the key is incorrect)
             */
            minimum_switches?: number;
            /** @description Minimum tmp disk space required per node */
            minimum_tmp_disk_per_node?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Job name */
            name?: string;
            /** @description Network specs for the job */
            network?: string;
            /**
             * Format: int32
             * @description Requested job priority change
             */
            nice?: number;
            /** @description Minimum number of nodes required */
            node_count?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Node(s) allocated to the job */
            nodes?: string;
            oversubscribe?: boolean;
            /** @description Partition assigned to the job */
            partition?: string;
            power?: {
                flags?: components["schemas"]["v0.0.40_power_flags"];
            };
            /** @description Total run time prior to last suspend in seconds */
            pre_sus_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Time job received preemption signal (UNIX timestamp) */
            preempt_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Time job becomes eligible for preemption (UNIX timestamp) */
            preemptable_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Feature(s) the job requested but that are not required */
            prefer?: string;
            /** @description Request specific job priority */
            priority?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Profile used by the acct_gather_profile plugin */
            profile?: components["schemas"]["v0.0.40_acct_gather_profile"];
            /** @description Quality of Service assigned to the job, if pending the QOS requested */
            qos?: string;
            /** @description Node reboot requested before start */
            reboot?: boolean;
            /** @description Determines whether the job may be requeued */
            requeue?: boolean;
            /** @description Comma separated list of required nodes */
            required_nodes?: string;
            /** @description Time of last size change (UNIX timestamp) */
            resize_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /**
             * Format: int32
             * @description Number of job restarts
             */
            restart_cnt?: number;
            /** @description Name of reservation to use */
            resv_name?: string;
            /** @description List of nodes scheduled to be used for the job */
            scheduled_nodes?: string;
            /** @description SELinux context */
            selinux_context?: string;
            /** @description How the job can share resources with other jobs, if at all */
            shared?: components["schemas"]["v0.0.40_job_shared"];
            show_flags?: components["schemas"]["v0.0.40_job_show_flags"];
            /**
             * Format: int32
             * @description Number of sockets per board required
             */
            sockets_per_board?: number;
            /** @description Number of sockets per node required */
            sockets_per_node?: components["schemas"]["v0.0.40_uint16_no_val"];
            /** @description Path to stderr file */
            standard_error?: string;
            /** @description Path to stdin file */
            standard_input?: string;
            /** @description Path to stdout file */
            standard_output?: string;
            /** @description Time execution began, or is expected to begin (UNIX timestamp) */
            start_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Optional details for state_reason */
            state_description?: string;
            /** @description Reason for current Pending or Failed state */
            state_reason?: string;
            /** @description Time when the job was submitted (UNIX timestamp) */
            submit_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Time the job was last suspended or resumed (UNIX timestamp) */
            suspend_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Arbitrary comment from slurmctld */
            system_comment?: string;
            /** @description Number of tasks */
            tasks?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Number of tasks invoked on each board */
            tasks_per_board?: components["schemas"]["v0.0.40_uint16_no_val"];
            /** @description Number of tasks invoked on each core */
            tasks_per_core?: components["schemas"]["v0.0.40_uint16_no_val"];
            /** @description Number of tasks invoked on each node */
            tasks_per_node?: components["schemas"]["v0.0.40_uint16_no_val"];
            /** @description Number of tasks invoked on each socket */
            tasks_per_socket?: components["schemas"]["v0.0.40_uint16_no_val"];
            /** @description Number of tasks that can assess each GPU */
            tasks_per_tres?: components["schemas"]["v0.0.40_uint16_no_val"];
            /**
             * Format: int32
             * @description Specialized thread count
             */
            thread_spec?: number;
            /** @description Number of threads per core required */
            threads_per_core?: components["schemas"]["v0.0.40_uint16_no_val"];
            /** @description Maximum run time in minutes */
            time_limit?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Minimum run time in minutes */
            time_minimum?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description TRES used by the job */
            tres_alloc_str?: string;
            /** @description Task to TRES binding directives */
            tres_bind?: string;
            /** @description TRES frequency directives */
            tres_freq?: string;
            /** @description Comma separated list of TRES=# values to be allocated per job */
            tres_per_job?: string;
            /** @description Comma separated list of TRES=# values to be allocated per node */
            tres_per_node?: string;
            /** @description Comma separated list of TRES=# values to be allocated per socket */
            tres_per_socket?: string;
            /** @description Comma separated list of TRES=# values to be allocated per task */
            tres_per_task?: string;
            /** @description TRES requested by the job */
            tres_req_str?: string;
            /**
             * Format: int32
             * @description User ID that owns the job
             */
            user_id?: number;
            /** @description User name that owns the job */
            user_name?: string;
            /** @description Workload characterization key */
            wckey?: string;
        };
        "v0.0.40_job_info_gres_detail": string[];
        "v0.0.40_job_info_msg": components["schemas"]["v0.0.40_job_info"][];
        "v0.0.40_job_mail_flags": ("BEGIN" | "END" | "FAIL" | "REQUEUE" | "TIME=100%" | "TIME=90%" | "TIME=80%" | "TIME=50%" | "STAGE_OUT" | "ARRAY_TASKS" | "INVALID_DEPENDENCY")[];
        "v0.0.40_job_res": {
            /**
             * Format: int32
             * @description Number of allocated cores
             */
            allocated_cores?: number;
            /**
             * Format: int32
             * @description Number of allocated CPUs
             */
            allocated_cpus?: number;
            /**
             * Format: int32
             * @description Number of allocated hosts
             */
            allocated_hosts?: number;
            /** @description Allocated node resources */
            allocated_nodes?: components["schemas"]["v0.0.40_job_res_nodes"];
            /** @description Node(s) allocated to the job */
            nodes?: string;
        };
        /** @description job node resources */
        "v0.0.40_job_res_nodes": unknown[];
        "v0.0.40_job_shared": ("none" | "oversubscribe" | "user" | "mcs")[];
        "v0.0.40_job_show_flags": ("ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE")[];
        "v0.0.40_job_state": ("PENDING" | "RUNNING" | "SUSPENDED" | "COMPLETED" | "CANCELLED" | "FAILED" | "TIMEOUT" | "NODE_FAIL" | "PREEMPTED" | "BOOT_FAIL" | "DEADLINE" | "OUT_OF_MEMORY" | "LAUNCH_FAILED" | "REQUEUED" | "REQUEUE_HOLD" | "SPECIAL_EXIT" | "RESIZING" | "CONFIGURING" | "COMPLETING" | "STOPPED" | "RECONFIG_FAIL" | "POWER_UP_NODE" | "REVOKED" | "REQUEUE_FED" | "RESV_DEL_HOLD" | "SIGNALING" | "STAGE_OUT")[];
        "v0.0.40_job_submit_req": {
            /** @description Job description */
            job?: components["schemas"]["v0.0.40_job_desc_msg"];
            /** @description HetJob description */
            jobs?: components["schemas"]["v0.0.40_job_desc_msg_list"];
            /** @description Batch job script; must be specified in first component of jobs or in job if this field is not populated */
            script?: string;
        };
        "v0.0.40_job_submit_response_msg": {
            /** @description Error message */
            error?: string;
            /**
             * Format: int32
             * @description Error code
             */
            error_code?: number;
            /**
             * Format: int32
             * @description New job ID
             */
            job_id?: number;
            /** @description Message to user from job_submit plugin */
            job_submit_user_msg?: string;
            /** @description New job step ID */
            step_id?: string;
        };
        "v0.0.40_kill_jobs_msg": {
            /** @description Filter jobs to a specific account */
            account?: string;
            /** @description Filter jobs according to flags */
            flags?: components["schemas"]["v0.0.40_warn_flags"];
            /** @description Filter jobs to a specific name */
            job_name?: string;
            /** @description Filter jobs to a specific state */
            job_state?: components["schemas"]["v0.0.40_job_state"];
            /** @description List of jobs to signal */
            jobs?: components["schemas"]["v0.0.40_kill_jobs_msg_jobs_array"];
            /** @description Filter jobs to a set of nodes */
            nodes?: components["schemas"]["v0.0.40_hostlist_string"];
            /** @description Filter jobs to a specific partition */
            partition?: string;
            /** @description Filter jobs to a specific QOS */
            qos?: string;
            /** @description Filter jobs to a specific reservation */
            reservation?: string;
            /** @description Signal to send to jobs */
            signal?: string;
            /** @description Filter jobs to a specific numeric user id */
            user_id?: string;
            /** @description Filter jobs to a specific user name */
            user_name?: string;
            /** @description Filter jobs to a specific wckey */
            wckey?: string;
        };
        "v0.0.40_kill_jobs_msg_jobs_array": string[];
        "v0.0.40_kill_jobs_resp_job": {
            error?: {
                /**
                 * Format: int32
                 * @description Numeric error encountered signaling job
                 */
                code?: number;
                /** @description Error message why signaling job failed */
                message?: string;
                /** @description String error encountered signaling job */
                string?: string;
            };
            federation?: {
                /** @description Name of federation sibling (may be empty for non-federation) */
                sibling?: string;
            };
            /** @description Job ID that signaling failed */
            job_id: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description Job or Step ID that signaling failed */
            step_id: string;
        };
        /** @description List of jobs signal responses */
        "v0.0.40_kill_jobs_resp_msg": components["schemas"]["v0.0.40_kill_jobs_resp_job"][];
        "v0.0.40_license": {
            /**
             * Format: int32
             * @description Number of licenses currently available
             */
            Free?: number;
            /**
             * Format: int32
             * @description Last known number of licenses that were consumed in the license manager (Remote Only)
             */
            LastConsumed?: number;
            /**
             * Format: int32
             * @description Number of "missing licenses" from the cluster's perspective
             */
            LastDeficit?: number;
            /**
             * Format: int64
             * @description When the license information was last updated (UNIX Timestamp)
             */
            LastUpdate?: number;
            /** @description Name of the license */
            LicenseName?: string;
            /** @description Indicates whether licenses are served by the database */
            Remote?: boolean;
            /**
             * Format: int32
             * @description Number of licenses reserved
             */
            Reserved?: number;
            /**
             * Format: int32
             * @description Total number of licenses present
             */
            Total?: number;
            /**
             * Format: int32
             * @description Number of licenses in use
             */
            Used?: number;
        };
        "v0.0.40_licenses": components["schemas"]["v0.0.40_license"][];
        "v0.0.40_memory_binding_type": ("NONE" | "RANK" | "MAP" | "MASK" | "LOCAL" | "VERBOSE" | "SORT" | "PREFER")[];
        "v0.0.40_node": {
            /** @description Currently active features */
            active_features?: components["schemas"]["v0.0.40_csv_string"];
            /** @description NodeAddr, used to establish a communication path */
            address?: string;
            /**
             * Format: int32
             * @description Total number of CPUs currently allocated for jobs
             */
            alloc_cpus?: number;
            /**
             * Format: int32
             * @description Total number of idle CPUs
             */
            alloc_idle_cpus?: number;
            /**
             * Format: int64
             * @description Total memory in MB currently allocated for jobs
             */
            alloc_memory?: number;
            /** @description Computer architecture */
            architecture?: string;
            /**
             * Format: int32
             * @description Number of Baseboards in nodes with a baseboard controller
             */
            boards?: number;
            /** @description Time when the node booted (UNIX timestamp) */
            boot_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Alternate network path to be used for sbcast network traffic */
            burstbuffer_network_address?: string;
            /** @description Cluster name (only set in federated environments) */
            cluster_name?: string;
            /** @description Arbitrary comment */
            comment?: string;
            /**
             * Format: int32
             * @description Number of cores in a single physical processor socket
             */
            cores?: number;
            /**
             * Format: int32
             * @description Default method for binding tasks to allocated CPUs
             */
            cpu_binding?: number;
            /**
             * Format: int32
             * @description CPU load as reported by the OS
             */
            cpu_load?: number;
            /**
             * Format: int32
             * @description Total CPUs, including cores and threads
             */
            cpus?: number;
            /**
             * Format: int32
             * @description Number of effective CPUs (excluding specialized CPUs)
             */
            effective_cpus?: number;
            /** @description Energy usage data */
            energy?: components["schemas"]["v0.0.40_acct_gather_energy"];
            external_sensors?: components["schemas"]["v0.0.40_ext_sensors_data"];
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Available features */
            features?: components["schemas"]["v0.0.40_csv_string"];
            /** @description Total memory in MB currently free as reported by the OS */
            free_mem?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Generic resources */
            gres?: string;
            /** @description Drained generic resources */
            gres_drained?: string;
            /** @description Generic resources currently in use */
            gres_used?: string;
            /** @description NodeHostname */
            hostname?: string;
            /** @description Cloud instance ID */
            instance_id?: string;
            /** @description Cloud instance type */
            instance_type?: string;
            /** @description Time when the node was last busy (UNIX timestamp) */
            last_busy?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Multi-Category Security label */
            mcs_label?: string;
            /** @description NodeName */
            name?: string;
            /** @description The state the node will be assigned after rebooting */
            next_state_after_reboot?: components["schemas"]["v0.0.40_node_states"];
            /** @description Operating system reported by the node */
            operating_system?: string;
            /** @description User allowed to run jobs on this node (unset if no restriction) */
            owner?: string;
            /** @description Partitions containing this node */
            partitions?: components["schemas"]["v0.0.40_csv_string"];
            /**
             * Format: int32
             * @description TCP port number of the slurmd
             */
            port?: number;
            power?: components["schemas"]["v0.0.40_power_mgmt_data"];
            /**
             * Format: int64
             * @description Total memory in MB on the node
             */
            real_memory?: number;
            /** @description Describes why the node is in a "DOWN", "DRAINED", "DRAINING", "FAILING" or "FAIL" state */
            reason?: string;
            /** @description When the reason changed (UNIX timestamp) */
            reason_changed_at?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description User who set the reason */
            reason_set_by_user?: string;
            /** @description Name of reservation containing this node */
            reservation?: string;
            /** @description Number of seconds after the node's state is updated to "DOWN" or "DRAIN" before scheduling a node state resume */
            resume_after?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Time when the slurmd started (UNIX timestamp) */
            slurmd_start_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /**
             * Format: int32
             * @description Number of physical processor sockets/chips on the node
             */
            sockets?: number;
            /**
             * Format: int32
             * @description Number of cores reserved for system use
             */
            specialized_cores?: number;
            /** @description Abstract CPU IDs on this node reserved for exclusive use by slurmd and slurmstepd */
            specialized_cpus?: string;
            /**
             * Format: int64
             * @description Combined memory limit, in MB, for Slurm compute node daemons
             */
            specialized_memory?: number;
            /** @description Node state(s) applicable to this node */
            state?: components["schemas"]["v0.0.40_node_states"];
            /**
             * Format: int32
             * @description Total size in MB of temporary disk storage in TmpFS
             */
            temporary_disk?: number;
            /**
             * Format: int32
             * @description Number of logical threads in a single physical core
             */
            threads?: number;
            /** @description Configured trackable resources */
            tres?: string;
            /** @description Trackable resources currently allocated for jobs */
            tres_used?: string;
            /**
             * Format: double
             * @description Weighted number of billable trackable resources allocated
             */
            tres_weighted?: number;
            /** @description Slurmd version */
            version?: string;
            /**
             * Format: int32
             * @description Weight of the node for scheduling purposes
             */
            weight?: number;
        };
        "v0.0.40_node_states": ("INVALID" | "UNKNOWN" | "DOWN" | "IDLE" | "ALLOCATED" | "ERROR" | "MIXED" | "FUTURE" | "RESERVED" | "UNDRAIN" | "CLOUD" | "RESUME" | "DRAIN" | "COMPLETING" | "NOT_RESPONDING" | "POWERED_DOWN" | "FAIL" | "POWERING_UP" | "MAINTENANCE" | "REBOOT_REQUESTED" | "REBOOT_CANCELED" | "POWERING_DOWN" | "DYNAMIC_FUTURE" | "REBOOT_ISSUED" | "PLANNED" | "INVALID_REG" | "POWER_DOWN" | "POWER_UP" | "POWER_DRAIN" | "DYNAMIC_NORM")[];
        "v0.0.40_nodes": components["schemas"]["v0.0.40_node"][];
        "v0.0.40_open_mode": ("APPEND" | "TRUNCATE")[];
        "v0.0.40_openapi_diag_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description statistics */
            statistics: components["schemas"]["v0.0.40_stats_msg"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_error": {
            /** @description Long form error description */
            description?: string;
            /** @description Short form error description */
            error?: string;
            /**
             * Format: int32
             * @description Slurm numeric error identifier
             */
            error_number?: number;
            /** @description Source of error or where error was first detected */
            source?: string;
        };
        "v0.0.40_openapi_errors": components["schemas"]["v0.0.40_openapi_error"][];
        "v0.0.40_openapi_job_info_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /** @description List of jobs */
            jobs: components["schemas"]["v0.0.40_job_info_msg"];
            /** @description Time of last backfill scheduler run (UNIX timestamp) */
            last_backfill: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Time of last job change (UNIX timestamp) */
            last_update: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_job_post_response": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /** @description First updated Job ID - Use results instead */
            job_id?: string;
            /** @description First updated Job submision user message - Use results instead */
            job_submit_user_msg?: string;
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description Job update results */
            results?: components["schemas"]["v0.0.40_job_array_response_array"];
            /** @description First updated Step ID - Use results instead */
            step_id?: string;
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_job_submit_response": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /**
             * Format: int32
             * @description Submitted Job ID
             */
            job_id?: number;
            /** @description job submision user message */
            job_submit_user_msg?: string;
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description Job submission */
            result?: components["schemas"]["v0.0.40_job_submit_response_msg"];
            /** @description Submitted Step ID */
            step_id?: string;
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_kill_jobs_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description resultant status of signal request */
            status: components["schemas"]["v0.0.40_kill_jobs_resp_msg"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_licenses_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /** @description Time of last licenses change (UNIX timestamp) */
            last_update: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description List of licenses */
            licenses: components["schemas"]["v0.0.40_licenses"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_meta": {
            client?: {
                /** @description Client group (if known) */
                group?: string;
                /** @description Client source description */
                source?: string;
                /** @description Client user (if known) */
                user?: string;
            };
            /** @description CLI command (if applicable) */
            command?: components["schemas"]["v0.0.40_string_array"];
            plugin?: {
                /** @description Slurm accounting plugin */
                accounting_storage?: string;
                /** @description Slurm data_parser plugin */
                data_parser?: string;
                /** @description Slurm plugin name (if applicable) */
                name?: string;
                /** @description Slurm plugin type (if applicable) */
                type?: string;
            };
            slurm?: {
                /** @description Slurm cluster name */
                cluster?: string;
                /** @description Slurm release string */
                release?: string;
                version?: {
                    /** @description Slurm release major version */
                    major?: string;
                    /** @description Slurm release micro version */
                    micro?: string;
                    /** @description Slurm release minor version */
                    minor?: string;
                };
            };
        };
        "v0.0.40_openapi_nodes_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /** @description Time of last node change (UNIX timestamp) */
            last_update: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description List of nodes */
            nodes: components["schemas"]["v0.0.40_nodes"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_partition_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /** @description Time of last partition change (UNIX timestamp) */
            last_update: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description List of partitions */
            partitions: components["schemas"]["v0.0.40_partition_info_msg"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_ping_array_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description pings */
            pings: components["schemas"]["v0.0.40_controller_ping_array"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_reservation_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /** @description Time of last reservation change (UNIX timestamp) */
            last_update: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description List of reservations */
            reservations: components["schemas"]["v0.0.40_reservation_info_msg"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_shares_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.40_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.40_openapi_meta"];
            /** @description fairshare info */
            shares: components["schemas"]["v0.0.40_shares_resp_msg"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.40_openapi_warnings"];
        };
        "v0.0.40_openapi_warning": {
            /** @description Long form warning description */
            description?: string;
            /** @description Source of warning or where warning was first detected */
            source?: string;
        };
        "v0.0.40_openapi_warnings": components["schemas"]["v0.0.40_openapi_warning"][];
        "v0.0.40_oversubscribe_flags": "force"[];
        "v0.0.40_partition_info": {
            accounts?: {
                /** @description AllowAccounts */
                allowed?: string;
                /** @description DenyAccounts */
                deny?: string;
            };
            /** @description Alternate */
            alternate?: string;
            /** @description Cluster name */
            cluster?: string;
            cpus?: {
                /**
                 * Format: int32
                 * @description CpuBind
                 */
                task_binding?: number;
                /**
                 * Format: int32
                 * @description TotalCPUs
                 */
                total?: number;
            };
            defaults?: {
                /** @description JobDefaults */
                job?: string;
                /**
                 * Format: int64
                 * @description DefMemPerCPU or DefMemPerNode
                 */
                memory_per_cpu?: number;
                /** @description DefMemPerCPU */
                partition_memory_per_cpu?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description DefMemPerNode */
                partition_memory_per_node?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description DefaultTime in minutes */
                time?: components["schemas"]["v0.0.40_uint32_no_val"];
            };
            /**
             * Format: int32
             * @description GraceTime
             */
            grace_time?: number;
            groups?: {
                /** @description AllowGroups */
                allowed?: string;
            };
            maximums?: {
                /** @description MaxCPUsPerNode */
                cpus_per_node?: components["schemas"]["v0.0.40_uint32_no_val"];
                /** @description MaxCPUsPerSocket */
                cpus_per_socket?: components["schemas"]["v0.0.40_uint32_no_val"];
                /**
                 * Format: int64
                 * @description MaxMemPerCPU or MaxMemPerNode
                 */
                memory_per_cpu?: number;
                /** @description MaxNodes */
                nodes?: components["schemas"]["v0.0.40_uint32_no_val"];
                /** @description OverTimeLimit */
                over_time_limit?: components["schemas"]["v0.0.40_uint16_no_val"];
                oversubscribe?: {
                    /** @description Flags applicable to the OverSubscribe setting */
                    flags?: components["schemas"]["v0.0.40_oversubscribe_flags"];
                    /**
                     * Format: int32
                     * @description Maximum number of jobs allowed to oversubscribe resources
                     */
                    jobs?: number;
                };
                /** @description MaxMemPerCPU */
                partition_memory_per_cpu?: components["schemas"]["v0.0.40_uint64_no_val"];
                /** @description MaxMemPerNode */
                partition_memory_per_node?: components["schemas"]["v0.0.40_uint64_no_val"];
                /**
                 * Format: int32
                 * @description OverSubscribe
                 */
                shares?: number;
                /** @description MaxTime */
                time?: components["schemas"]["v0.0.40_uint32_no_val"];
            };
            minimums?: {
                /**
                 * Format: int32
                 * @description MinNodes
                 */
                nodes?: number;
            };
            /** @description PartitionName */
            name?: string;
            /** @description NodeSets */
            node_sets?: string;
            nodes?: {
                /** @description AllocNodes */
                allowed_allocation?: string;
                /** @description Nodes */
                configured?: string;
                /**
                 * Format: int32
                 * @description TotalNodes
                 */
                total?: number;
            };
            partition?: {
                /** @description Current state(s) */
                state?: components["schemas"]["v0.0.40_partition_states"];
            };
            priority?: {
                /**
                 * Format: int32
                 * @description PriorityJobFactor
                 */
                job_factor?: number;
                /**
                 * Format: int32
                 * @description PriorityTier
                 */
                tier?: number;
            };
            qos?: {
                /** @description AllowQOS */
                allowed?: string;
                /** @description QOS */
                assigned?: string;
                /** @description DenyQOS */
                deny?: string;
            };
            /** @description SuspendTime (GLOBAL if both set and infinite are false) */
            suspend_time?: components["schemas"]["v0.0.40_uint32_no_val"];
            timeouts?: {
                /** @description ResumeTimeout (GLOBAL if both set and infinite are false) */
                resume?: components["schemas"]["v0.0.40_uint16_no_val"];
                /** @description SuspendTimeout (GLOBAL if both set and infinite are false) */
                suspend?: components["schemas"]["v0.0.40_uint16_no_val"];
            };
            tres?: {
                /** @description TRESBillingWeights */
                billing_weights?: string;
                /** @description TRES */
                configured?: string;
            };
        };
        "v0.0.40_partition_info_msg": components["schemas"]["v0.0.40_partition_info"][];
        "v0.0.40_partition_states": ("INACTIVE" | "UNKNOWN" | "UP" | "DOWN" | "DRAIN")[];
        /**
         * @deprecated
         * @description removed field
         */
        "v0.0.40_power_flags": unknown[];
        /**
         * @deprecated
         * @description removed field
         */
        "v0.0.40_power_mgmt_data": Record<string, never>;
        "v0.0.40_process_exit_code_status": ("INVALID" | "PENDING" | "SUCCESS" | "ERROR" | "SIGNALED" | "CORE_DUMPED")[];
        "v0.0.40_process_exit_code_verbose": {
            /** @description Process return code (numeric) */
            return_code?: components["schemas"]["v0.0.40_uint32_no_val"];
            signal?: {
                /** @description Signal sent to process (numeric) */
                id?: components["schemas"]["v0.0.40_uint16_no_val"];
                /** @description Signal sent to process */
                name?: string;
            };
            /** @description Status given by return code */
            status?: components["schemas"]["v0.0.40_process_exit_code_status"];
        };
        "v0.0.40_reservation_core_spec": {
            /** @description IDs of reserved cores */
            core?: string;
            /** @description Name of reserved node */
            node?: string;
        };
        "v0.0.40_reservation_flags": ("MAINT" | "NO_MAINT" | "DAILY" | "NO_DAILY" | "WEEKLY" | "NO_WEEKLY" | "IGNORE_JOBS" | "NO_IGNORE_JOBS" | "ANY_NODES" | "STATIC" | "NO_STATIC" | "PART_NODES" | "NO_PART_NODES" | "OVERLAP" | "SPEC_NODES" | "TIME_FLOAT" | "REPLACE" | "ALL_NODES" | "PURGE_COMP" | "WEEKDAY" | "NO_WEEKDAY" | "WEEKEND" | "NO_WEEKEND" | "FLEX" | "NO_FLEX" | "DURATION_PLUS" | "DURATION_MINUS" | "NO_HOLD_JOBS_AFTER_END" | "NO_PURGE_COMP" | "MAGNETIC" | "SKIP" | "HOURLY" | "NO_HOURLY" | "REOCCURRING")[];
        "v0.0.40_reservation_info": {
            /** @description Comma separated list of permitted accounts */
            accounts?: string;
            /** @description BurstBuffer */
            burst_buffer?: string;
            /**
             * Format: int32
             * @description CoreCnt
             */
            core_count?: number;
            /** @description Reserved cores specification */
            core_specializations?: components["schemas"]["v0.0.40_reservation_info_core_spec"];
            /** @description EndTime (UNIX timestamp) */
            end_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Features */
            features?: string;
            /** @description Flags associated with the reservation */
            flags?: components["schemas"]["v0.0.40_reservation_flags"];
            /** @description Groups */
            groups?: string;
            /** @description Licenses */
            licenses?: string;
            /**
             * Format: int32
             * @description MaxStartDelay in seconds
             */
            max_start_delay?: number;
            /** @description ReservationName */
            name?: string;
            /**
             * Format: int32
             * @description NodeCnt
             */
            node_count?: number;
            /** @description Nodes */
            node_list?: string;
            /** @description PartitionName */
            partition?: string;
            purge_completed?: {
                /** @description If PURGE_COMP flag is set, the number of seconds this reservation will sit idle before it is revoked */
                time?: components["schemas"]["v0.0.40_uint32_no_val"];
            };
            /** @description StartTime (UNIX timestamp) */
            start_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Comma separated list of required TRES */
            tres?: string;
            /** @description Comma separated list of permitted users */
            users?: string;
            watts?: components["schemas"]["v0.0.40_uint32_no_val"];
        };
        "v0.0.40_reservation_info_core_spec": components["schemas"]["v0.0.40_reservation_core_spec"][];
        "v0.0.40_reservation_info_msg": components["schemas"]["v0.0.40_reservation_info"][];
        "v0.0.40_schedule_exit_fields": {
            /**
             * Format: int32
             * @description Reached number of jobs allowed to be tested
             */
            default_queue_depth?: number;
            /**
             * Format: int32
             * @description Reached end of queue
             */
            end_job_queue?: number;
            /**
             * Format: int32
             * @description Blocked on licenses
             */
            licenses?: number;
            /**
             * Format: int32
             * @description Reached number of jobs allowed to start
             */
            max_job_start?: number;
            /**
             * Format: int32
             * @description Reached RPC limit
             */
            max_rpc_cnt?: number;
            /**
             * Format: int32
             * @description Reached maximum allowed scheduler time
             */
            max_sched_time?: number;
        };
        "v0.0.40_shares_float128_tres": {
            /** @description TRES name */
            name?: string;
            /** @description TRES value */
            value?: number;
        };
        "v0.0.40_shares_float128_tres_list": components["schemas"]["v0.0.40_shares_float128_tres"][];
        "v0.0.40_shares_resp_msg": {
            /** @description Association shares */
            shares?: components["schemas"]["v0.0.40_assoc_shares_obj_list"];
            /**
             * Format: int64
             * @description Total number of shares
             */
            total_shares?: number;
        };
        "v0.0.40_shares_uint64_tres": {
            /** @description TRES name */
            name?: string;
            /** @description TRES value */
            value?: components["schemas"]["v0.0.40_uint64_no_val"];
        };
        "v0.0.40_shares_uint64_tres_list": components["schemas"]["v0.0.40_shares_uint64_tres"][];
        "v0.0.40_stats_msg": {
            /**
             * Format: int32
             * @description Number of agent threads
             */
            agent_count?: number;
            /**
             * Format: int32
             * @description Number of enqueued outgoing RPC requests in an internal retry list
             */
            agent_queue_size?: number;
            /**
             * Format: int32
             * @description Total number of active threads created by all agent threads
             */
            agent_thread_count?: number;
            /** @description Backfill scheduler currently running */
            bf_active?: boolean;
            /**
             * Format: int32
             * @description Number of heterogeneous job components started through backfilling since last Slurm start
             */
            bf_backfilled_het_jobs?: number;
            /**
             * Format: int32
             * @description Number of jobs started through backfilling since last slurm start
             */
            bf_backfilled_jobs?: number;
            /**
             * Format: int32
             * @description Number of backfill scheduling cycles since last reset
             */
            bf_cycle_counter?: number;
            /**
             * Format: int32
             * @description Execution time in microseconds of last backfill scheduling cycle
             */
            bf_cycle_last?: number;
            /**
             * Format: int64
             * @description Mean time in microseconds of backfilling scheduling cycles since last reset
             */
            bf_cycle_mean?: number;
            /**
             * Format: int64
             * @description Total time in microseconds of backfilling scheduling cycles since last reset
             */
            bf_cycle_sum?: number;
            /**
             * Format: int64
             * @description Mean number of eligible to run jobs processed during all backfilling scheduling cycles since last reset
             */
            bf_depth_mean?: number;
            /**
             * Format: int64
             * @description The subset of Depth Mean that the backfill scheduler attempted to schedule
             */
            bf_depth_mean_try?: number;
            /**
             * Format: int32
             * @description Total number of jobs processed during all backfilling scheduling cycles since last reset
             */
            bf_depth_sum?: number;
            /**
             * Format: int32
             * @description Subset of bf_depth_sum that the backfill scheduler attempted to schedule
             */
            bf_depth_try_sum?: number;
            /** @description Reasons for which the backfill scheduling cycle exited since last reset */
            bf_exit?: components["schemas"]["v0.0.40_bf_exit_fields"];
            /**
             * Format: int32
             * @description Number of jobs started through backfilling since last reset
             */
            bf_last_backfilled_jobs?: number;
            /**
             * Format: int32
             * @description Number of processed jobs during last backfilling scheduling cycle
             */
            bf_last_depth?: number;
            /**
             * Format: int32
             * @description Number of processed jobs during last backfilling scheduling cycle that had a chance to start using available resources
             */
            bf_last_depth_try?: number;
            /**
             * Format: int32
             * @description Number of jobs pending to be processed by backfilling algorithm
             */
            bf_queue_len?: number;
            /**
             * Format: int64
             * @description Mean number of jobs pending to be processed by backfilling algorithm
             */
            bf_queue_len_mean?: number;
            /**
             * Format: int32
             * @description Total number of jobs pending to be processed by backfilling algorithm since last reset
             */
            bf_queue_len_sum?: number;
            /**
             * Format: int32
             * @description Number of different time slots tested by the backfill scheduler in its last iteration
             */
            bf_table_size?: number;
            /**
             * Format: int64
             * @description Mean number of different time slots tested by the backfill scheduler
             */
            bf_table_size_mean?: number;
            /** @description When the last backfill scheduling cycle happened (UNIX timestamp) */
            bf_when_last_cycle?: components["schemas"]["v0.0.40_uint64_no_val"];
            /**
             * Format: int32
             * @description Number of messages for SlurmDBD that are queued
             */
            dbd_agent_queue_size?: number;
            /**
             * Format: int32
             * @description Latency of 1000 calls to the gettimeofday() syscall in microseconds, as measured at controller startup
             */
            gettimeofday_latency?: number;
            /** @description When the job state counts were gathered (UNIX timestamp) */
            job_states_ts?: components["schemas"]["v0.0.40_uint64_no_val"];
            /**
             * Format: int32
             * @description Number of jobs canceled since the last reset
             */
            jobs_canceled?: number;
            /**
             * Format: int32
             * @description Number of jobs completed since last reset
             */
            jobs_completed?: number;
            /**
             * Format: int32
             * @description Number of jobs failed due to slurmd or other internal issues since last reset
             */
            jobs_failed?: number;
            /**
             * Format: int32
             * @description Number of jobs pending at the time of listed in job_state_ts
             */
            jobs_pending?: number;
            /**
             * Format: int32
             * @description Number of jobs running at the time of listed in job_state_ts
             */
            jobs_running?: number;
            /**
             * Format: int32
             * @description Number of jobs started since last reset
             */
            jobs_started?: number;
            /**
             * Format: int32
             * @description Number of jobs submitted since last reset
             */
            jobs_submitted?: number;
            /**
             * Format: int32
             * @description Zero if only RPC statistic included
             */
            parts_packed?: number;
            /** @description When the request was made (UNIX timestamp) */
            req_time?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description When the data in the report started (UNIX timestamp) */
            req_time_start?: components["schemas"]["v0.0.40_uint64_no_val"];
            /** @description Most frequently issued remote procedure calls (RPCs) */
            rpcs_by_message_type?: components["schemas"]["v0.0.40_stats_msg_rpcs_by_type"];
            /** @description RPCs issued by user ID */
            rpcs_by_user?: components["schemas"]["v0.0.40_stats_msg_rpcs_by_user"];
            /**
             * Format: int32
             * @description Time in microseconds for last scheduling cycle
             */
            schedule_cycle_last?: number;
            /**
             * Format: int32
             * @description Max time of any scheduling cycle in microseconds since last reset
             */
            schedule_cycle_max?: number;
            /**
             * Format: int64
             * @description Mean time in microseconds for all scheduling cycles since last reset
             */
            schedule_cycle_mean?: number;
            /**
             * Format: int64
             * @description Mean of the number of jobs processed in a scheduling cycle
             */
            schedule_cycle_mean_depth?: number;
            /**
             * Format: int64
             * @description Number of scheduling executions per minute
             */
            schedule_cycle_per_minute?: number;
            /**
             * Format: int32
             * @description Number of scheduling cycles since last reset
             */
            schedule_cycle_total?: number;
            /** @description Reasons for which the scheduling cycle exited since last reset */
            schedule_exit?: components["schemas"]["v0.0.40_schedule_exit_fields"];
            /**
             * Format: int32
             * @description Number of jobs pending in queue
             */
            schedule_queue_length?: number;
            /**
             * Format: int32
             * @description Number of current active slurmctld threads
             */
            server_thread_count?: number;
        };
        /** @description RPCs by message type */
        "v0.0.40_stats_msg_rpcs_by_type": {
            /**
             * Format: int64
             * @description Average time spent processing RPC in seconds
             */
            average_time?: number;
            /**
             * Format: int64
             * @description Number of RPCs received
             */
            count?: number;
            /** @description Message type as string */
            message_type?: string;
            /**
             * Format: int64
             * @description Total time spent processing RPC in seconds
             */
            total_time?: number;
            /**
             * Format: int32
             * @description Message type as integer
             */
            type_id?: number;
        }[];
        /** @description RPCs by user */
        "v0.0.40_stats_msg_rpcs_by_user": {
            /**
             * Format: int64
             * @description Average time spent processing RPC in seconds
             */
            average_time?: number;
            /**
             * Format: int64
             * @description Number of RPCs received
             */
            count?: number;
            /**
             * Format: int64
             * @description Total time spent processing RPC in seconds
             */
            total_time?: number;
            /** @description user name */
            user?: string;
            /**
             * Format: int32
             * @description user id (numeric)
             */
            user_id?: number;
        }[];
        "v0.0.40_string_array": string[];
        /** @description Integer number with flags */
        "v0.0.40_uint16_no_val": {
            /**
             * @description True if number has been set to infinite. "set" and "number" will be ignored.
             * @default 0
             */
            infinite?: boolean;
            /**
             * Format: int64
             * @description If set is True the number will be set with value. Otherwise ignore number contents.
             */
            number?: number;
            /**
             * @description True if number has been set. False if number is unset
             * @default false
             */
            set?: boolean;
        };
        /** @description Integer number with flags */
        "v0.0.40_uint32_no_val": {
            /**
             * @description True if number has been set to infinite. "set" and "number" will be ignored.
             * @default 0
             */
            infinite?: boolean;
            /**
             * Format: int64
             * @description If set is True the number will be set with value. Otherwise ignore number contents.
             */
            number?: number;
            /**
             * @description True if number has been set. False if number is unset
             * @default false
             */
            set?: boolean;
        };
        /** @description Integer number with flags */
        "v0.0.40_uint64_no_val": {
            /**
             * @description True if number has been set to infinite. "set" and "number" will be ignored.
             * @default 0
             */
            infinite?: boolean;
            /**
             * Format: int64
             * @description If set is True the number will be set with value. Otherwise ignore number contents.
             */
            number?: number;
            /**
             * @description True if number has been set. False if number is unset
             * @default false
             */
            set?: boolean;
        };
        "v0.0.40_update_node_msg": {
            /** @description NodeAddr, used to establish a communication path */
            address?: components["schemas"]["v0.0.40_hostlist_string"];
            /** @description Arbitrary comment */
            comment?: string;
            /**
             * Format: int32
             * @description Default method for binding tasks to allocated CPUs
             */
            cpu_bind?: number;
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Available features */
            features?: components["schemas"]["v0.0.40_csv_string"];
            /** @description Currently active features */
            features_act?: components["schemas"]["v0.0.40_csv_string"];
            /** @description Generic resources */
            gres?: string;
            /** @description NodeHostname */
            hostname?: components["schemas"]["v0.0.40_hostlist_string"];
            /** @description NodeName */
            name?: components["schemas"]["v0.0.40_hostlist_string"];
            /** @description Reason for node being DOWN or DRAINING */
            reason?: string;
            /** @description User ID to associate with the reason (needed if user root is sending message) */
            reason_uid?: string;
            /** @description Number of seconds after which to automatically resume DOWN or DRAINED node */
            resume_after?: components["schemas"]["v0.0.40_uint32_no_val"];
            /** @description New state to assign to the node */
            state?: components["schemas"]["v0.0.40_node_states"];
            /** @description Weight of the node for scheduling purposes */
            weight?: components["schemas"]["v0.0.40_uint32_no_val"];
        };
        "v0.0.40_warn_flags": ("BATCH_JOB" | "ARRAY_TASK" | "FULL_STEPS_ONLY" | "FULL_JOB" | "FEDERATION_REQUEUE" | "HURRY" | "OUT_OF_MEMORY" | "NO_SIBLING_JOBS" | "RESERVATION_JOB" | "NO_CRON_JOBS" | "VERBOSE" | "CRON_JOBS" | "WARNING_SENT")[];
        "v0.0.40_x11_flags": ("FORWARD_ALL_NODES" | "BATCH_NODE" | "FIRST_NODE" | "LAST_NODE")[];
        "v0.0.41_job_alloc_req": {
            /** @description HetJob description */
            hetjob?: components["schemas"]["v0.0.41_job_desc_msg"][];
            /** @description Job description */
            job?: components["schemas"]["v0.0.41_job_desc_msg"];
        };
        "v0.0.41_job_desc_msg": {
            /** @description Account associated with the job */
            account?: string;
            /** @description Job accounting and profiling sampling intervals in seconds */
            account_gather_frequency?: string;
            /** @description Arbitrary comment made by administrator */
            admin_comment?: string;
            /** @description Local node making the resource allocation */
            allocation_node_list?: string;
            /**
             * Format: int32
             * @description Port to send allocation confirmation to
             */
            allocation_node_port?: number;
            /** @description Arguments to the script */
            argv?: string[];
            /** @description Job array index value specification */
            array?: string;
            /** @description Features required for batch script's node */
            batch_features?: string;
            /** @description Defer the allocation of the job until the specified time (UNIX timestamp) */
            begin_time?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int64
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Burst buffer specifications */
            burst_buffer?: string;
            /** @description Required features that a federated cluster must have to have a sibling job submitted to it */
            cluster_constraint?: string;
            /** @description Clusters that a federated job can run on */
            clusters?: string;
            /** @description Arbitrary comment made by user */
            comment?: string;
            /** @description Comma separated list of features that are required */
            constraints?: string;
            /** @description Absolute path to OCI container bundle */
            container?: string;
            /** @description OCI container ID */
            container_id?: string;
            /** @description True if job requires contiguous nodes */
            contiguous?: boolean;
            /**
             * Format: int32
             * @description Specialized core count
             */
            core_specification?: number;
            /** @description Method for binding tasks to allocated CPUs */
            cpu_binding?: string;
            /** @description Flags for CPU binding */
            cpu_binding_flags?: ("CPU_BIND_TO_THREADS" | "CPU_BIND_TO_CORES" | "CPU_BIND_TO_SOCKETS" | "CPU_BIND_TO_LDOMS" | "CPU_BIND_NONE" | "CPU_BIND_RANK" | "CPU_BIND_MAP" | "CPU_BIND_MASK" | "CPU_BIND_LDRANK" | "CPU_BIND_LDMAP" | "CPU_BIND_LDMASK" | "VERBOSE" | "CPU_BIND_ONE_THREAD_PER_CORE")[];
            /** @description Requested CPU frequency range <p1>[-p2][:p3] */
            cpu_frequency?: string;
            /**
             * Format: int32
             * @description Number of CPUs required by each task
             */
            cpus_per_task?: number;
            /** @description Semicolon delimited list of TRES=# values values indicating how many CPUs should be allocated for each specified TRES (currently only used for gres/gpu) */
            cpus_per_tres?: string;
            /** @description Specification for scrontab job */
            crontab?: {
                /** @description Command to run */
                command?: string;
                /** @description Ranged string specifying eligible day of month values (e.g. 0-10,29) */
                day_of_month?: string;
                /** @description Ranged string specifying eligible day of week values (e.g.0-3,7) */
                day_of_week?: string;
                /** @description Flags */
                flags?: ("WILD_MINUTE" | "WILD_HOUR" | "WILD_DAY_OF_MONTH" | "WILD_MONTH" | "WILD_DAY_OF_WEEK")[];
                /** @description Ranged string specifying eligible hour values (e.g. 0-5,23) */
                hour?: string;
                line?: {
                    /**
                     * Format: int32
                     * @description End of this entry in file
                     */
                    end?: number;
                    /**
                     * Format: int32
                     * @description Start of this entry in file
                     */
                    start?: number;
                };
                /** @description Ranged string specifying eligible minute values (e.g. 0-10,50) */
                minute?: string;
                /** @description Ranged string specifying eligible month values (e.g. 0-5,12) */
                month?: string;
                /** @description Time specification (* means valid for all allowed values) - minute hour day_of_month month day_of_week */
                specification?: string;
            };
            /** @description Working directory to use for the job */
            current_working_directory?: string;
            /**
             * Format: int64
             * @description Latest time that the job may start (UNIX timestamp)
             */
            deadline?: number;
            /**
             * Format: int32
             * @description Number of seconds after job eligible start that nodes will be rebooted to satisfy feature specification
             */
            delay_boot?: number;
            /** @description Other jobs that must meet certain criteria before this job can start */
            dependency?: string;
            /** @description Layout */
            distribution?: string;
            /** @description Plane size specification when distribution specifies plane */
            distribution_plane_size?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int32
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /**
             * Format: int64
             * @description Expected end time (UNIX timestamp)
             */
            end_time?: number;
            /** @description Environment variables to be set for the job */
            environment?: string[];
            /** @description Comma separated list of nodes that may not be used */
            excluded_nodes?: string[];
            /** @deprecated */
            exclusive?: ("true" | "false" | "user" | "mcs" | "topo")[];
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Job flags */
            flags?: ("KILL_INVALID_DEPENDENCY" | "NO_KILL_INVALID_DEPENDENCY" | "HAS_STATE_DIRECTORY" | "TESTING_BACKFILL" | "GRES_BINDING_ENFORCED" | "TEST_NOW_ONLY" | "SEND_JOB_ENVIRONMENT" | "SPREAD_JOB" | "PREFER_MINIMUM_NODE_COUNT" | "JOB_KILL_HURRY" | "SKIP_TRES_STRING_ACCOUNTING" | "SIBLING_CLUSTER_UPDATE_ONLY" | "HETEROGENEOUS_JOB" | "EXACT_TASK_COUNT_REQUESTED" | "EXACT_CPU_COUNT_REQUESTED" | "TESTING_WHOLE_NODE_BACKFILL" | "TOP_PRIORITY_JOB" | "ACCRUE_COUNT_CLEARED" | "GRES_BINDING_DISABLED" | "JOB_WAS_RUNNING" | "JOB_ACCRUE_TIME_RESET" | "CRON_JOB" | "EXACT_MEMORY_REQUESTED" | "USING_DEFAULT_ACCOUNT" | "USING_DEFAULT_PARTITION" | "USING_DEFAULT_QOS" | "USING_DEFAULT_WCKEY" | "DEPENDENT" | "MAGNETIC" | "PARTITION_ASSIGNED" | "BACKFILL_ATTEMPTED" | "SCHEDULING_ATTEMPTED" | "STEPMGR_ENABLED")[];
            /** @description Group ID of the user that owns the job */
            group_id?: string;
            /**
             * Format: int32
             * @description Unique sequence number applied to this component of the heterogeneous job
             */
            hetjob_group?: number;
            /** @description Hold (true) or release (false) job */
            hold?: boolean;
            /** @description If true, exit if resources are not available within the time period specified */
            immediate?: boolean;
            /**
             * Format: int32
             * @description Job ID
             */
            job_id?: number;
            /** @description If true, kill job on node failure */
            kill_on_node_fail?: boolean;
            /** @description Number of seconds before end time to send the warning signal */
            kill_warning_delay?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int32
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Flags related to job signals */
            kill_warning_flags?: ("BATCH_JOB" | "ARRAY_TASK" | "FULL_STEPS_ONLY" | "FULL_JOB" | "FEDERATION_REQUEUE" | "HURRY" | "OUT_OF_MEMORY" | "NO_SIBLING_JOBS" | "RESERVATION_JOB" | "VERBOSE" | "CRON_JOBS" | "WARNING_SENT")[];
            /** @description Signal to send when approaching end time (e.g. "10" or "USR1") */
            kill_warning_signal?: string;
            /** @description License(s) required by the job */
            licenses?: string;
            /** @description Mail event type(s) */
            mail_type?: ("BEGIN" | "END" | "FAIL" | "REQUEUE" | "TIME=100%" | "TIME=90%" | "TIME=80%" | "TIME=50%" | "STAGE_OUT" | "ARRAY_TASKS" | "INVALID_DEPENDENCY")[];
            /** @description User to receive email notifications */
            mail_user?: string;
            /**
             * Format: int32
             * @description Maximum number of CPUs required
             */
            maximum_cpus?: number;
            /**
             * Format: int32
             * @description Maximum node count
             */
            maximum_nodes?: number;
            /** @description Multi-Category Security label on the job */
            mcs_label?: string;
            /** @description Binding map for map/mask_cpu */
            memory_binding?: string;
            /** @description Method for binding tasks to memory */
            memory_binding_type?: ("NONE" | "RANK" | "MAP" | "MASK" | "LOCAL" | "VERBOSE" | "SORT" | "PREFER")[];
            /** @description Minimum memory in megabytes per allocated CPU */
            memory_per_cpu?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int64
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Minimum memory in megabytes per allocated CPU */
            memory_per_node?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int64
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Semicolon delimited list of TRES=# values indicating how much memory in megabytes should be allocated for each specified TRES (currently only used for gres/gpu) */
            memory_per_tres?: string;
            /**
             * Format: int32
             * @description Boards per node required
             */
            minimum_boards_per_node?: number;
            /**
             * Format: int32
             * @description Minimum number of CPUs required
             */
            minimum_cpus?: number;
            /**
             * Format: int32
             * @description Minimum number of CPUs per node
             */
            minimum_cpus_per_node?: number;
            /**
             * Format: int32
             * @description Minimum node count
             */
            minimum_nodes?: number;
            /**
             * Format: int32
             * @description Sockets per board required
             */
            minimum_sockets_per_board?: number;
            /** @description Job name */
            name?: string;
            /** @description Network specs for job step */
            network?: string;
            /**
             * Format: int32
             * @description Requested job priority change
             */
            nice?: number;
            /** @description Node count range specification (e.g. 1-15:4) */
            nodes?: string;
            /**
             * Format: int32
             * @description Number of tasks that can access each GPU
             */
            ntasks_per_tres?: number;
            /** @description Open mode used for stdout and stderr files */
            open_mode?: ("APPEND" | "TRUNCATE")[];
            /** @description Overcommit resources */
            overcommit?: boolean;
            /** @deprecated */
            oversubscribe?: boolean;
            /** @description Partition assigned to the job */
            partition?: string;
            /** @deprecated */
            power_flags?: unknown[];
            /** @description Comma separated list of features that are preferred but not required */
            prefer?: string;
            /** @description Request specific job priority */
            priority?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int32
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Profile used by the acct_gather_profile plugin */
            profile?: ("NOT_SET" | "NONE" | "ENERGY" | "LUSTRE" | "NETWORK" | "TASK")[];
            /** @description Quality of Service assigned to the job */
            qos?: string;
            /** @description Node reboot requested before start */
            reboot?: boolean;
            /** @description Determines whether the job may be requeued */
            requeue?: boolean;
            /** @description Comma separated list of required nodes */
            required_nodes?: string[];
            /** @description Maximum number of switches */
            required_switches?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int32
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Name of reservation to use */
            reservation?: string;
            /**
             * Format: int32
             * @description Port to send various notification msg to
             */
            reserve_ports?: number;
            /**
             * Format: int32
             * @description Number of reserved communication ports; can only be used if slurmstepd step manager is enabled
             */
            resv_mpi_ports?: number;
            rlimits?: {
                /** @description Address space limit. */
                as?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Largest core file that can be created, in bytes. */
                core?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Per-process CPU limit, in seconds. */
                cpu?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Maximum size of data segment, in bytes. */
                data?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Largest file that can be created, in bytes. */
                fsize?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Locked-in-memory address space */
                memlock?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Number of open files. */
                nofile?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Number of processes. */
                nproc?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Largest resident set size, in bytes. This affects swapping; processes that are exceeding their resident set size will be more likely to have physical memory taken from them. */
                rss?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Maximum size of stack segment, in bytes. */
                stack?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
            };
            /** @description Job batch script; only the first component in a HetJob is populated or honored */
            script?: string;
            /** @description Segment size for topology/block */
            segment_size?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int32
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description SELinux context */
            selinux_context?: string;
            /** @description How the job can share resources with other jobs, if at all */
            shared?: ("none" | "oversubscribe" | "user" | "mcs" | "topo")[];
            /**
             * Format: int32
             * @description Site-specific priority factor
             */
            site_factor?: number;
            /**
             * Format: int32
             * @description Sockets per node required
             */
            sockets_per_node?: number;
            /** @description Environment variables for job prolog/epilog scripts as set by SPANK plugins */
            spank_environment?: string[];
            /** @description Path to stderr file */
            standard_error?: string;
            /** @description Path to stdin file */
            standard_input?: string;
            /** @description Path to stdout file */
            standard_output?: string;
            /**
             * Format: int32
             * @description Number of tasks
             */
            tasks?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each board
             */
            tasks_per_board?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each core
             */
            tasks_per_core?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each node
             */
            tasks_per_node?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each socket
             */
            tasks_per_socket?: number;
            /**
             * Format: int32
             * @description Minimum tmp disk space required per node
             */
            temporary_disk_per_node?: number;
            /**
             * Format: int32
             * @description Specialized thread count
             */
            thread_specification?: number;
            /**
             * Format: int32
             * @description Threads per core required
             */
            threads_per_core?: number;
            /** @description Maximum run time in minutes */
            time_limit?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int32
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Minimum run time in minutes */
            time_minimum?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int32
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Task to TRES binding directives */
            tres_bind?: string;
            /** @description TRES frequency directives */
            tres_freq?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every job */
            tres_per_job?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every node */
            tres_per_node?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every socket */
            tres_per_socket?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every task */
            tres_per_task?: string;
            /** @description User ID that owns the job */
            user_id?: string;
            /** @description If true, wait to start until after all nodes have booted */
            wait_all_nodes?: boolean;
            /**
             * Format: int32
             * @description Maximum time to wait for switches in seconds
             */
            wait_for_switch?: number;
            /** @description Workload characterization key */
            wckey?: string;
            /** @description X11 forwarding options */
            x11?: ("FORWARD_ALL_NODES" | "BATCH_NODE" | "FIRST_NODE" | "LAST_NODE")[];
            /** @description Magic cookie for X11 forwarding */
            x11_magic_cookie?: string;
            /** @description Hostname or UNIX socket if x11_target_port=0 */
            x11_target_host?: string;
            /**
             * Format: int32
             * @description TCP port
             */
            x11_target_port?: number;
        };
        "v0.0.41_job_submit_req": {
            /** @description Job description */
            job?: components["schemas"]["v0.0.41_job_desc_msg"];
            /** @description HetJob description */
            jobs?: components["schemas"]["v0.0.41_job_desc_msg"][];
            /**
             * @deprecated
             * @description Deprecated; Populate script field in jobs[0] or job
             */
            script?: string;
        };
        "v0.0.41_kill_jobs_msg": {
            /** @description Filter jobs to a specific account */
            account?: string;
            /** @description Filter jobs according to flags */
            flags?: ("BATCH_JOB" | "ARRAY_TASK" | "FULL_STEPS_ONLY" | "FULL_JOB" | "FEDERATION_REQUEUE" | "HURRY" | "OUT_OF_MEMORY" | "NO_SIBLING_JOBS" | "RESERVATION_JOB" | "VERBOSE" | "CRON_JOBS" | "WARNING_SENT")[];
            /** @description Filter jobs to a specific name */
            job_name?: string;
            /** @description Filter jobs to a specific state */
            job_state?: ("PENDING" | "RUNNING" | "SUSPENDED" | "COMPLETED" | "CANCELLED" | "FAILED" | "TIMEOUT" | "NODE_FAIL" | "PREEMPTED" | "BOOT_FAIL" | "DEADLINE" | "OUT_OF_MEMORY" | "LAUNCH_FAILED" | "REQUEUED" | "REQUEUE_HOLD" | "SPECIAL_EXIT" | "RESIZING" | "CONFIGURING" | "COMPLETING" | "STOPPED" | "RECONFIG_FAIL" | "POWER_UP_NODE" | "REVOKED" | "REQUEUE_FED" | "RESV_DEL_HOLD" | "SIGNALING" | "STAGE_OUT")[];
            /** @description List of jobs to signal */
            jobs?: string[];
            /** @description Filter jobs to a set of nodes */
            nodes?: string[];
            /** @description Filter jobs to a specific partition */
            partition?: string;
            /** @description Filter jobs to a specific QOS */
            qos?: string;
            /** @description Filter jobs to a specific reservation */
            reservation?: string;
            /** @description Signal to send to jobs */
            signal?: string;
            /** @description Filter jobs to a specific numeric user id */
            user_id?: string;
            /** @description Filter jobs to a specific user name */
            user_name?: string;
            /** @description Filter jobs to a specific wckey */
            wckey?: string;
        };
        "v0.0.41_openapi_diag_resp": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description statistics */
            statistics: {
                /**
                 * Format: int32
                 * @description Number of agent threads
                 */
                agent_count?: number;
                /**
                 * Format: int32
                 * @description Number of enqueued outgoing RPC requests in an internal retry list
                 */
                agent_queue_size?: number;
                /**
                 * Format: int32
                 * @description Total number of active threads created by all agent threads
                 */
                agent_thread_count?: number;
                /** @description Backfill scheduler currently running */
                bf_active?: boolean;
                /**
                 * Format: int32
                 * @description Number of heterogeneous job components started through backfilling since last Slurm start
                 */
                bf_backfilled_het_jobs?: number;
                /**
                 * Format: int32
                 * @description Number of jobs started through backfilling since last slurm start
                 */
                bf_backfilled_jobs?: number;
                /**
                 * Format: int32
                 * @description Number of backfill scheduling cycles since last reset
                 */
                bf_cycle_counter?: number;
                /**
                 * Format: int32
                 * @description Execution time in microseconds of last backfill scheduling cycle
                 */
                bf_cycle_last?: number;
                /**
                 * Format: int32
                 * @description Execution time in microseconds of longest backfill scheduling cycle
                 */
                bf_cycle_max?: number;
                /**
                 * Format: int64
                 * @description Mean time in microseconds of backfilling scheduling cycles since last reset
                 */
                bf_cycle_mean?: number;
                /**
                 * Format: int64
                 * @description Total time in microseconds of backfilling scheduling cycles since last reset
                 */
                bf_cycle_sum?: number;
                /**
                 * Format: int64
                 * @description Mean number of eligible to run jobs processed during all backfilling scheduling cycles since last reset
                 */
                bf_depth_mean?: number;
                /**
                 * Format: int64
                 * @description The subset of Depth Mean that the backfill scheduler attempted to schedule
                 */
                bf_depth_mean_try?: number;
                /**
                 * Format: int32
                 * @description Total number of jobs processed during all backfilling scheduling cycles since last reset
                 */
                bf_depth_sum?: number;
                /**
                 * Format: int32
                 * @description Subset of bf_depth_sum that the backfill scheduler attempted to schedule
                 */
                bf_depth_try_sum?: number;
                /** @description Reasons for which the backfill scheduling cycle exited since last reset */
                bf_exit?: {
                    /**
                     * Format: int32
                     * @description Reached number of jobs allowed to start
                     */
                    bf_max_job_start?: number;
                    /**
                     * Format: int32
                     * @description Reached number of jobs allowed to be tested
                     */
                    bf_max_job_test?: number;
                    /**
                     * Format: int32
                     * @description Reached maximum allowed scheduler time
                     */
                    bf_max_time?: number;
                    /**
                     * Format: int32
                     * @description Reached table size limit
                     */
                    bf_node_space_size?: number;
                    /**
                     * Format: int32
                     * @description Reached end of queue
                     */
                    end_job_queue?: number;
                    /**
                     * Format: int32
                     * @description System state changed
                     */
                    state_changed?: number;
                };
                /**
                 * Format: int32
                 * @description Number of jobs started through backfilling since last reset
                 */
                bf_last_backfilled_jobs?: number;
                /**
                 * Format: int32
                 * @description Number of processed jobs during last backfilling scheduling cycle
                 */
                bf_last_depth?: number;
                /**
                 * Format: int32
                 * @description Number of processed jobs during last backfilling scheduling cycle that had a chance to start using available resources
                 */
                bf_last_depth_try?: number;
                /**
                 * Format: int32
                 * @description Number of jobs pending to be processed by backfilling algorithm
                 */
                bf_queue_len?: number;
                /**
                 * Format: int64
                 * @description Mean number of jobs pending to be processed by backfilling algorithm
                 */
                bf_queue_len_mean?: number;
                /**
                 * Format: int32
                 * @description Total number of jobs pending to be processed by backfilling algorithm since last reset
                 */
                bf_queue_len_sum?: number;
                /**
                 * Format: int32
                 * @description Number of different time slots tested by the backfill scheduler in its last iteration
                 */
                bf_table_size?: number;
                /**
                 * Format: int64
                 * @description Mean number of different time slots tested by the backfill scheduler
                 */
                bf_table_size_mean?: number;
                /**
                 * Format: int32
                 * @description Total number of different time slots tested by the backfill scheduler
                 */
                bf_table_size_sum?: number;
                /** @description When the last backfill scheduling cycle happened (UNIX timestamp) */
                bf_when_last_cycle?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /**
                 * Format: int32
                 * @description Number of messages for SlurmDBD that are queued
                 */
                dbd_agent_queue_size?: number;
                /**
                 * Format: int32
                 * @description Latency of 1000 calls to the gettimeofday() syscall in microseconds, as measured at controller startup
                 */
                gettimeofday_latency?: number;
                /** @description When the job state counts were gathered (UNIX timestamp) */
                job_states_ts?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /**
                 * Format: int32
                 * @description Number of jobs canceled since the last reset
                 */
                jobs_canceled?: number;
                /**
                 * Format: int32
                 * @description Number of jobs completed since last reset
                 */
                jobs_completed?: number;
                /**
                 * Format: int32
                 * @description Number of jobs failed due to slurmd or other internal issues since last reset
                 */
                jobs_failed?: number;
                /**
                 * Format: int32
                 * @description Number of jobs pending at the time of listed in job_state_ts
                 */
                jobs_pending?: number;
                /**
                 * Format: int32
                 * @description Number of jobs running at the time of listed in job_state_ts
                 */
                jobs_running?: number;
                /**
                 * Format: int32
                 * @description Number of jobs started since last reset
                 */
                jobs_started?: number;
                /**
                 * Format: int32
                 * @description Number of jobs submitted since last reset
                 */
                jobs_submitted?: number;
                /**
                 * Format: int32
                 * @description Zero if only RPC statistic included
                 */
                parts_packed?: number;
                /** @description Pending RPC statistics */
                pending_rpcs?: {
                    /**
                     * Format: int32
                     * @description Number of pending RPCs queued
                     */
                    count: number;
                    /** @description Message type as string */
                    message_type: string;
                    /**
                     * Format: int32
                     * @description Message type as integer
                     */
                    type_id: number;
                }[];
                /** @description Pending RPCs hostlists */
                pending_rpcs_by_hostlist?: {
                    /** @description Number of RPCs received */
                    count: string[];
                    /** @description Message type as string */
                    message_type: string;
                    /**
                     * Format: int32
                     * @description Message type as integer
                     */
                    type_id: number;
                }[];
                /** @description When the request was made (UNIX timestamp) */
                req_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description When the data in the report started (UNIX timestamp) */
                req_time_start?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Most frequently issued remote procedure calls (RPCs) */
                rpcs_by_message_type?: {
                    /** @description Average time spent processing RPC in seconds */
                    average_time: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int64
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /**
                     * Format: int32
                     * @description Number of RPCs received
                     */
                    count: number;
                    /**
                     * Format: int32
                     * @description Number of RPCs processed within the last RPC queue cycle
                     */
                    cycle_last: number;
                    /**
                     * Format: int32
                     * @description Maximum number of RPCs processed within a RPC queue cycle since start
                     */
                    cycle_max: number;
                    /**
                     * Format: int64
                     * @description Number of RPCs dropped
                     */
                    dropped: number;
                    /** @description Message type as string */
                    message_type: string;
                    /**
                     * Format: int32
                     * @description Number of RPCs queued
                     */
                    queued: number;
                    /**
                     * Format: int64
                     * @description Total time spent processing RPC in seconds
                     */
                    total_time: number;
                    /**
                     * Format: int32
                     * @description Message type as integer
                     */
                    type_id: number;
                }[];
                /** @description RPCs issued by user ID */
                rpcs_by_user?: {
                    /** @description Average time spent processing RPC in seconds */
                    average_time: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int64
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /**
                     * Format: int32
                     * @description Number of RPCs received
                     */
                    count: number;
                    /**
                     * Format: int64
                     * @description Total time spent processing RPC in seconds
                     */
                    total_time: number;
                    /** @description User name */
                    user: string;
                    /**
                     * Format: int32
                     * @description User ID (numeric)
                     */
                    user_id: number;
                }[];
                /**
                 * Format: int32
                 * @description Total number of jobs processed in scheduling cycles
                 */
                schedule_cycle_depth?: number;
                /**
                 * Format: int32
                 * @description Time in microseconds for last scheduling cycle
                 */
                schedule_cycle_last?: number;
                /**
                 * Format: int32
                 * @description Max time of any scheduling cycle in microseconds since last reset
                 */
                schedule_cycle_max?: number;
                /**
                 * Format: int64
                 * @description Mean time in microseconds for all scheduling cycles since last reset
                 */
                schedule_cycle_mean?: number;
                /**
                 * Format: int64
                 * @description Mean of the number of jobs processed in a scheduling cycle
                 */
                schedule_cycle_mean_depth?: number;
                /**
                 * Format: int64
                 * @description Number of scheduling executions per minute
                 */
                schedule_cycle_per_minute?: number;
                /**
                 * Format: int32
                 * @description Total run time in microseconds for all scheduling cycles since last reset
                 */
                schedule_cycle_sum?: number;
                /**
                 * Format: int32
                 * @description Number of scheduling cycles since last reset
                 */
                schedule_cycle_total?: number;
                /** @description Reasons for which the scheduling cycle exited since last reset */
                schedule_exit?: {
                    /**
                     * Format: int32
                     * @description Reached number of jobs allowed to be tested
                     */
                    default_queue_depth?: number;
                    /**
                     * Format: int32
                     * @description Reached end of queue
                     */
                    end_job_queue?: number;
                    /**
                     * Format: int32
                     * @description Blocked on licenses
                     */
                    licenses?: number;
                    /**
                     * Format: int32
                     * @description Reached number of jobs allowed to start
                     */
                    max_job_start?: number;
                    /**
                     * Format: int32
                     * @description Reached RPC limit
                     */
                    max_rpc_cnt?: number;
                    /**
                     * Format: int32
                     * @description Reached maximum allowed scheduler time
                     */
                    max_sched_time?: number;
                };
                /**
                 * Format: int32
                 * @description Number of jobs pending in queue
                 */
                schedule_queue_length?: number;
                /**
                 * Format: int32
                 * @description Number of current active slurmctld threads
                 */
                server_thread_count?: number;
            };
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_job_alloc_resp": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /**
             * Format: int32
             * @description Submitted Job ID
             */
            job_id?: number;
            /** @description Job submission user message */
            job_submit_user_msg?: string;
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_job_info_resp": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /** @description List of jobs */
            jobs: {
                /** @description Account associated with the job */
                account?: string;
                /** @description When the job started accruing age priority (UNIX timestamp) */
                accrue_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Arbitrary comment made by administrator */
                admin_comment?: string;
                /** @description Local node making the resource allocation */
                allocating_node?: string;
                /** @description Job ID of job array, or 0 if N/A */
                array_job_id?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Maximum number of simultaneously running array tasks, 0 if no limit */
                array_max_tasks?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Task ID of this task in job array */
                array_task_id?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description String expression of task IDs in this record */
                array_task_string?: string;
                /**
                 * Format: int32
                 * @description Unique identifier for the association
                 */
                association_id?: number;
                /** @description Features required for batch script's node */
                batch_features?: string;
                /** @description True if batch job */
                batch_flag?: boolean;
                /** @description Name of host running batch script */
                batch_host?: string;
                /** @description Billable TRES */
                billable_tres?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: double
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Burst buffer specifications */
                burst_buffer?: string;
                /** @description Burst buffer state details */
                burst_buffer_state?: string;
                /** @description Cluster name */
                cluster?: string;
                /** @description List of required cluster features */
                cluster_features?: string;
                /** @description Executed command */
                command?: string;
                /** @description Arbitrary comment */
                comment?: string;
                /** @description Absolute path to OCI container bundle */
                container?: string;
                /** @description OCI container ID */
                container_id?: string;
                /** @description True if job requires contiguous nodes */
                contiguous?: boolean;
                /**
                 * Format: int32
                 * @description Specialized core count
                 */
                core_spec?: number;
                /** @description Cores per socket required */
                cores_per_socket?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description CPU frequency governor */
                cpu_frequency_governor?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Maximum CPU frequency */
                cpu_frequency_maximum?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Minimum CPU frequency */
                cpu_frequency_minimum?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Minimum number of CPUs required */
                cpus?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Number of CPUs required by each task */
                cpus_per_task?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Semicolon delimited list of TRES=# values indicating how many CPUs should be allocated for each specified TRES (currently only used for gres/gpu) */
                cpus_per_tres?: string;
                /** @description Time specification for scrontab job */
                cron?: string;
                /** @description Working directory to use for the job */
                current_working_directory?: string;
                /** @description Latest time that the job may start (UNIX timestamp) */
                deadline?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Number of seconds after job eligible start that nodes will be rebooted to satisfy feature specification */
                delay_boot?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Other jobs that must meet certain criteria before this job can start */
                dependency?: string;
                /** @description Highest exit code of all job steps */
                derived_exit_code?: {
                    /** @description Process return code (numeric) */
                    return_code?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    signal?: {
                        /** @description Signal sent to process (numeric) */
                        id?: {
                            /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                            infinite?: boolean;
                            /**
                             * Format: int32
                             * @description If "set" is True the number will be set with value; otherwise ignore number contents
                             */
                            number?: number;
                            /** @description True if number has been set; False if number is unset */
                            set?: boolean;
                        };
                        /** @description Signal sent to process */
                        name?: string;
                    };
                    /** @description Status given by return code */
                    status?: ("INVALID" | "PENDING" | "SUCCESS" | "ERROR" | "SIGNALED" | "CORE_DUMPED")[];
                };
                /** @description Time when the job became eligible to run (UNIX timestamp) */
                eligible_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description End time, real or expected (UNIX timestamp) */
                end_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Comma separated list of nodes that may not be used */
                excluded_nodes?: string;
                /** @deprecated */
                exclusive?: ("true" | "false" | "user" | "mcs" | "topo")[];
                /** @description Exit code of the job */
                exit_code?: {
                    /** @description Process return code (numeric) */
                    return_code?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    signal?: {
                        /** @description Signal sent to process (numeric) */
                        id?: {
                            /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                            infinite?: boolean;
                            /**
                             * Format: int32
                             * @description If "set" is True the number will be set with value; otherwise ignore number contents
                             */
                            number?: number;
                            /** @description True if number has been set; False if number is unset */
                            set?: boolean;
                        };
                        /** @description Signal sent to process */
                        name?: string;
                    };
                    /** @description Status given by return code */
                    status?: ("INVALID" | "PENDING" | "SUCCESS" | "ERROR" | "SIGNALED" | "CORE_DUMPED")[];
                };
                /** @description Arbitrary string used for node filtering if extra constraints are enabled */
                extra?: string;
                /** @description Name of node that caused job failure */
                failed_node?: string;
                /** @description Comma separated list of features that are required */
                features?: string;
                /** @description Origin cluster's name (when using federation) */
                federation_origin?: string;
                /** @description Active sibling job names */
                federation_siblings_active?: string;
                /** @description Viable sibling job names */
                federation_siblings_viable?: string;
                /** @description Job flags */
                flags?: ("KILL_INVALID_DEPENDENCY" | "NO_KILL_INVALID_DEPENDENCY" | "HAS_STATE_DIRECTORY" | "TESTING_BACKFILL" | "GRES_BINDING_ENFORCED" | "TEST_NOW_ONLY" | "SEND_JOB_ENVIRONMENT" | "SPREAD_JOB" | "PREFER_MINIMUM_NODE_COUNT" | "JOB_KILL_HURRY" | "SKIP_TRES_STRING_ACCOUNTING" | "SIBLING_CLUSTER_UPDATE_ONLY" | "HETEROGENEOUS_JOB" | "EXACT_TASK_COUNT_REQUESTED" | "EXACT_CPU_COUNT_REQUESTED" | "TESTING_WHOLE_NODE_BACKFILL" | "TOP_PRIORITY_JOB" | "ACCRUE_COUNT_CLEARED" | "GRES_BINDING_DISABLED" | "JOB_WAS_RUNNING" | "JOB_ACCRUE_TIME_RESET" | "CRON_JOB" | "EXACT_MEMORY_REQUESTED" | "USING_DEFAULT_ACCOUNT" | "USING_DEFAULT_PARTITION" | "USING_DEFAULT_QOS" | "USING_DEFAULT_WCKEY" | "DEPENDENT" | "MAGNETIC" | "PARTITION_ASSIGNED" | "BACKFILL_ATTEMPTED" | "SCHEDULING_ATTEMPTED" | "STEPMGR_ENABLED")[];
                /** @description List of GRES index and counts allocated per node */
                gres_detail?: string[];
                /**
                 * Format: int32
                 * @description Group ID of the user that owns the job
                 */
                group_id?: number;
                /** @description Group name of the user that owns the job */
                group_name?: string;
                /** @description Heterogeneous job ID, if applicable */
                het_job_id?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Job ID range for all heterogeneous job components */
                het_job_id_set?: string;
                /** @description Unique sequence number applied to this component of the heterogeneous job */
                het_job_offset?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Hold (true) or release (false) job */
                hold?: boolean;
                /**
                 * Format: int32
                 * @description Job ID
                 */
                job_id?: number;
                /** @description Resources used by the job */
                job_resources?: {
                    /**
                     * Format: int32
                     * @description Number of allocated CPUs
                     */
                    cpus: number;
                    nodes?: {
                        /** @description Allocated node resources */
                        allocation?: {
                            cpus?: {
                                /**
                                 * Format: int32
                                 * @description Total number of CPUs assigned to job
                                 */
                                count?: number;
                                /**
                                 * Format: int32
                                 * @description Total number of CPUs used by job
                                 */
                                used?: number;
                            };
                            /**
                             * Format: int32
                             * @description Node index
                             */
                            index: number;
                            memory?: {
                                /**
                                 * Format: int64
                                 * @description Total memory (MiB) allocated to job
                                 */
                                allocated?: number;
                                /**
                                 * Format: int64
                                 * @description Total memory (MiB) used by job
                                 */
                                used?: number;
                            };
                            /** @description Node name */
                            name: string;
                            /** @description Socket allocations in node */
                            sockets: {
                                /** @description Core in socket */
                                cores: {
                                    /**
                                     * Format: int32
                                     * @description Core index
                                     */
                                    index: number;
                                    /** @description Core status */
                                    status: ("INVALID" | "UNALLOCATED" | "ALLOCATED" | "IN_USE")[];
                                }[];
                                /**
                                 * Format: int32
                                 * @description Core index
                                 */
                                index: number;
                            }[];
                        }[];
                        /**
                         * Format: int32
                         * @description Number of allocated nodes
                         */
                        count?: number;
                        /** @description Node(s) allocated to the job */
                        list?: string;
                        /** @description Node scheduling selection method */
                        select_type?: ("AVAILABLE" | "ONE_ROW" | "RESERVED")[];
                        /** @description Whether whole nodes were allocated */
                        whole?: boolean;
                    };
                    /** @description Scheduler consumable resource selection type */
                    select_type: ("CPU" | "SOCKET" | "CORE" | "BOARD" | "MEMORY" | "ONE_TASK_PER_CORE" | "PACK_NODES" | "CORE_DEFAULT_DIST_BLOCK" | "LLN" | "LINEAR")[];
                    /** @description Number of processor threads per CPU core */
                    threads_per_core: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                };
                /** @description Number of nodes (in a range) required for this job */
                job_size_str?: string[];
                /** @description Current state */
                job_state?: ("PENDING" | "RUNNING" | "SUSPENDED" | "COMPLETED" | "CANCELLED" | "FAILED" | "TIMEOUT" | "NODE_FAIL" | "PREEMPTED" | "BOOT_FAIL" | "DEADLINE" | "OUT_OF_MEMORY" | "LAUNCH_FAILED" | "REQUEUED" | "REQUEUE_HOLD" | "SPECIAL_EXIT" | "RESIZING" | "CONFIGURING" | "COMPLETING" | "STOPPED" | "RECONFIG_FAIL" | "POWER_UP_NODE" | "REVOKED" | "REQUEUE_FED" | "RESV_DEL_HOLD" | "SIGNALING" | "STAGE_OUT")[];
                /** @description Last time job was evaluated for scheduling (UNIX timestamp) */
                last_sched_evaluation?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description License(s) required by the job */
                licenses?: string;
                /** @description Mail event type(s) */
                mail_type?: ("BEGIN" | "END" | "FAIL" | "REQUEUE" | "TIME=100%" | "TIME=90%" | "TIME=80%" | "TIME=50%" | "STAGE_OUT" | "ARRAY_TASKS" | "INVALID_DEPENDENCY")[];
                /** @description User to receive email notifications */
                mail_user?: string;
                /** @description Maximum number of CPUs usable by the job */
                max_cpus?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Maximum number of nodes usable by the job */
                max_nodes?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /**
                 * Format: int32
                 * @description Maximum time to wait for switches in seconds
                 */
                maximum_switch_wait_time?: number;
                /** @description Multi-Category Security label on the job */
                mcs_label?: string;
                /** @description Minimum memory in megabytes per allocated CPU */
                memory_per_cpu?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Minimum memory in megabytes per allocated node */
                memory_per_node?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Semicolon delimited list of TRES=# values indicating how much memory in megabytes should be allocated for each specified TRES (currently only used for gres/gpu) */
                memory_per_tres?: string;
                /** @description Minimum number of CPUs per node */
                minimum_cpus_per_node?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /**
                 * Format: int32
                 * @description Maximum number of switches (the 'minimum' in the key is incorrect)
                 */
                minimum_switches?: number;
                /** @description Minimum tmp disk space required per node */
                minimum_tmp_disk_per_node?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Job name */
                name?: string;
                /** @description Network specs for the job */
                network?: string;
                /**
                 * Format: int32
                 * @description Requested job priority change
                 */
                nice?: number;
                /** @description Minimum number of nodes required */
                node_count?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Node(s) allocated to the job */
                nodes?: string;
                /** @deprecated */
                oversubscribe?: boolean;
                /** @description Partition assigned to the job */
                partition?: string;
                power?: {
                    /** @deprecated */
                    flags?: unknown[];
                };
                /** @description Total run time prior to last suspend in seconds */
                pre_sus_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Time job received preemption signal (UNIX timestamp) */
                preempt_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Time job becomes eligible for preemption (UNIX timestamp) */
                preemptable_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Feature(s) the job requested but that are not required */
                prefer?: string;
                /** @description Request specific job priority */
                priority?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Profile used by the acct_gather_profile plugin */
                profile?: ("NOT_SET" | "NONE" | "ENERGY" | "LUSTRE" | "NETWORK" | "TASK")[];
                /** @description Quality of Service assigned to the job, if pending the QOS requested */
                qos?: string;
                /** @description Node reboot requested before start */
                reboot?: boolean;
                /** @description Determines whether the job may be requeued */
                requeue?: boolean;
                /** @description Comma separated list of required nodes */
                required_nodes?: string;
                /** @description Time of last size change (UNIX timestamp) */
                resize_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /**
                 * Format: int32
                 * @description Number of job restarts
                 */
                restart_cnt?: number;
                /** @description Name of reservation to use */
                resv_name?: string;
                /** @description List of nodes scheduled to be used for the job */
                scheduled_nodes?: string;
                /** @description SELinux context */
                selinux_context?: string;
                /** @description How the job can share resources with other jobs, if at all */
                shared?: ("none" | "oversubscribe" | "user" | "mcs" | "topo")[];
                /** @deprecated */
                show_flags?: ("ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE")[];
                /**
                 * Format: int32
                 * @description Number of sockets per board required
                 */
                sockets_per_board?: number;
                /** @description Number of sockets per node required */
                sockets_per_node?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Path to stderr file */
                standard_error?: string;
                /** @description Path to stdin file */
                standard_input?: string;
                /** @description Path to stdout file */
                standard_output?: string;
                /** @description Time execution began, or is expected to begin (UNIX timestamp) */
                start_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Optional details for state_reason */
                state_description?: string;
                /** @description Reason for current Pending or Failed state */
                state_reason?: string;
                /** @description Time when the job was submitted (UNIX timestamp) */
                submit_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Time the job was last suspended or resumed (UNIX timestamp) */
                suspend_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Arbitrary comment from slurmctld */
                system_comment?: string;
                /** @description Number of tasks */
                tasks?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Number of tasks invoked on each board */
                tasks_per_board?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Number of tasks invoked on each core */
                tasks_per_core?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Number of tasks invoked on each node */
                tasks_per_node?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Number of tasks invoked on each socket */
                tasks_per_socket?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Number of tasks that can assess each GPU */
                tasks_per_tres?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /**
                 * Format: int32
                 * @description Specialized thread count
                 */
                thread_spec?: number;
                /** @description Number of processor threads per CPU core required */
                threads_per_core?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Maximum run time in minutes */
                time_limit?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Minimum run time in minutes */
                time_minimum?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description TRES used by the job */
                tres_alloc_str?: string;
                /** @description Task to TRES binding directives */
                tres_bind?: string;
                /** @description TRES frequency directives */
                tres_freq?: string;
                /** @description Comma separated list of TRES=# values to be allocated per job */
                tres_per_job?: string;
                /** @description Comma separated list of TRES=# values to be allocated per node */
                tres_per_node?: string;
                /** @description Comma separated list of TRES=# values to be allocated per socket */
                tres_per_socket?: string;
                /** @description Comma separated list of TRES=# values to be allocated per task */
                tres_per_task?: string;
                /** @description TRES requested by the job */
                tres_req_str?: string;
                /**
                 * Format: int32
                 * @description User ID that owns the job
                 */
                user_id?: number;
                /** @description User name that owns the job */
                user_name?: string;
                /** @description Workload characterization key */
                wckey?: string;
            }[];
            /** @description Time of last backfill scheduler run (UNIX timestamp) */
            last_backfill: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int64
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Time of last job change (UNIX timestamp) */
            last_update: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int64
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_job_post_response": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /**
             * @deprecated
             * @description First updated Job ID - Use results instead
             */
            job_id?: string;
            /**
             * @deprecated
             * @description First updated Job submission user message - Use results instead
             */
            job_submit_user_msg?: string;
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description Job update results */
            results?: {
                /** @description Verbose update status or error */
                error?: string;
                /**
                 * Format: int32
                 * @description Verbose update status or error
                 */
                error_code?: number;
                /**
                 * Format: int32
                 * @description Job ID for updated job
                 */
                job_id?: number;
                /** @description Step ID for updated job */
                step_id?: string;
                /** @description Update response message */
                why?: string;
            }[];
            /**
             * @deprecated
             * @description First updated Step ID - Use results instead
             */
            step_id?: string;
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_job_submit_response": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /**
             * Format: int32
             * @description Submitted Job ID
             */
            job_id?: number;
            /** @description Job submission user message */
            job_submit_user_msg?: string;
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /**
             * @deprecated
             * @description Job submission
             */
            result?: {
                /** @description Error message */
                error?: string;
                /**
                 * Format: int32
                 * @description Error code
                 */
                error_code?: number;
                /**
                 * Format: int32
                 * @description New job ID
                 */
                job_id?: number;
                /** @description Message to user from job_submit plugin */
                job_submit_user_msg?: string;
                /** @description New job step ID */
                step_id?: string;
            };
            /** @description Submitted Step ID */
            step_id?: string;
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_kill_jobs_resp": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description resultant status of signal request */
            status: {
                error?: {
                    /**
                     * Format: int32
                     * @description Numeric error encountered signaling job
                     */
                    code?: number;
                    /** @description Error message why signaling job failed */
                    message?: string;
                    /** @description String error encountered signaling job */
                    string?: string;
                };
                federation?: {
                    /** @description Name of federation sibling (may be empty for non-federation) */
                    sibling?: string;
                };
                /** @description Job ID that signaling failed */
                job_id: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Job or Step ID that signaling failed */
                step_id: string;
            }[];
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_licenses_resp": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /** @description Time of last licenses change (UNIX timestamp) */
            last_update: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int64
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description List of licenses */
            licenses: {
                /**
                 * Format: int32
                 * @description Number of licenses currently available
                 */
                Free?: number;
                /**
                 * Format: int32
                 * @description Last known number of licenses that were consumed in the license manager (Remote Only)
                 */
                LastConsumed?: number;
                /**
                 * Format: int32
                 * @description Number of "missing licenses" from the cluster's perspective
                 */
                LastDeficit?: number;
                /**
                 * Format: int64
                 * @description When the license information was last updated (UNIX Timestamp)
                 */
                LastUpdate?: number;
                /** @description Name of the license */
                LicenseName?: string;
                /** @description Indicates whether licenses are served by the database */
                Remote?: boolean;
                /**
                 * Format: int32
                 * @description Number of licenses reserved
                 */
                Reserved?: number;
                /**
                 * Format: int32
                 * @description Total number of licenses present
                 */
                Total?: number;
                /**
                 * Format: int32
                 * @description Number of licenses in use
                 */
                Used?: number;
            }[];
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_nodes_resp": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /** @description Time of last node change (UNIX timestamp) */
            last_update: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int64
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description List of nodes */
            nodes: {
                /** @description Currently active features */
                active_features?: string[];
                /** @description NodeAddr, used to establish a communication path */
                address?: string;
                /**
                 * Format: int32
                 * @description Total number of CPUs currently allocated for jobs
                 */
                alloc_cpus?: number;
                /**
                 * Format: int32
                 * @description Total number of idle CPUs
                 */
                alloc_idle_cpus?: number;
                /**
                 * Format: int64
                 * @description Total memory in MB currently allocated for jobs
                 */
                alloc_memory?: number;
                /** @description Computer architecture */
                architecture?: string;
                /**
                 * Format: int32
                 * @description Number of Baseboards in nodes with a baseboard controller
                 */
                boards?: number;
                /** @description Time when the node booted (UNIX timestamp) */
                boot_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Alternate network path to be used for sbcast network traffic */
                burstbuffer_network_address?: string;
                /** @description Cluster name (only set in federated environments) */
                cluster_name?: string;
                /** @description Arbitrary comment */
                comment?: string;
                /**
                 * Format: int32
                 * @description Number of cores in a single physical processor socket
                 */
                cores?: number;
                /**
                 * Format: int32
                 * @description Default method for binding tasks to allocated CPUs
                 */
                cpu_binding?: number;
                /**
                 * Format: int32
                 * @description CPU load as reported by the OS
                 */
                cpu_load?: number;
                /**
                 * Format: int32
                 * @description Total CPUs, including cores and threads
                 */
                cpus?: number;
                /**
                 * Format: int32
                 * @description Number of effective CPUs (excluding specialized CPUs)
                 */
                effective_cpus?: number;
                /** @description Energy usage data */
                energy?: {
                    /**
                     * Format: int32
                     * @description Average power consumption, in watts
                     */
                    average_watts?: number;
                    /**
                     * Format: int64
                     * @description The energy consumed between when the node was powered on and the last time it was registered by slurmd, in joules
                     */
                    base_consumed_energy?: number;
                    /**
                     * Format: int64
                     * @description The energy consumed between the last time the node was registered by the slurmd daemon and the last node energy accounting sample, in joules
                     */
                    consumed_energy?: number;
                    /** @description The instantaneous power consumption at the time of the last node energy accounting sample, in watts */
                    current_watts?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /**
                     * Format: int64
                     * @description Time when energy data was last retrieved (UNIX timestamp)
                     */
                    last_collected?: number;
                    /**
                     * Format: int64
                     * @description Previous value of consumed_energy
                     */
                    previous_consumed_energy?: number;
                };
                /** @deprecated */
                external_sensors?: Record<string, never>;
                /** @description Arbitrary string used for node filtering if extra constraints are enabled */
                extra?: string;
                /** @description Available features */
                features?: string[];
                /** @description Total memory in MB currently free as reported by the OS */
                free_mem?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description CPU cores reserved for jobs that also use a GPU */
                gpu_spec?: string;
                /** @description Generic resources */
                gres?: string;
                /** @description Drained generic resources */
                gres_drained?: string;
                /** @description Generic resources currently in use */
                gres_used?: string;
                /** @description NodeHostname */
                hostname?: string;
                /** @description Cloud instance ID */
                instance_id?: string;
                /** @description Cloud instance type */
                instance_type?: string;
                /** @description Time when the node was last busy (UNIX timestamp) */
                last_busy?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Multi-Category Security label */
                mcs_label?: string;
                /** @description NodeName */
                name?: string;
                /** @description The state the node will be assigned after rebooting */
                next_state_after_reboot?: ("INVALID" | "UNKNOWN" | "DOWN" | "IDLE" | "ALLOCATED" | "ERROR" | "MIXED" | "FUTURE" | "RESERVED" | "UNDRAIN" | "CLOUD" | "RESUME" | "DRAIN" | "COMPLETING" | "NOT_RESPONDING" | "POWERED_DOWN" | "FAIL" | "POWERING_UP" | "MAINTENANCE" | "REBOOT_REQUESTED" | "REBOOT_CANCELED" | "POWERING_DOWN" | "DYNAMIC_FUTURE" | "REBOOT_ISSUED" | "PLANNED" | "INVALID_REG" | "POWER_DOWN" | "POWER_UP" | "POWER_DRAIN" | "DYNAMIC_NORM")[];
                /** @description Operating system reported by the node */
                operating_system?: string;
                /** @description User allowed to run jobs on this node (unset if no restriction) */
                owner?: string;
                /** @description Partitions containing this node */
                partitions?: string[];
                /**
                 * Format: int32
                 * @description TCP port number of the slurmd
                 */
                port?: number;
                /** @deprecated */
                power?: Record<string, never>;
                /**
                 * Format: int64
                 * @description Total memory in MB on the node
                 */
                real_memory?: number;
                /** @description Describes why the node is in a "DOWN", "DRAINED", "DRAINING", "FAILING" or "FAIL" state */
                reason?: string;
                /** @description When the reason changed (UNIX timestamp) */
                reason_changed_at?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description User who set the reason */
                reason_set_by_user?: string;
                /**
                 * Format: int32
                 * @description Number of CPU cores per GPU restricted to GPU jobs
                 */
                res_cores_per_gpu?: number;
                /** @description Name of reservation containing this node */
                reservation?: string;
                /** @description Number of seconds after the node's state is updated to "DOWN" or "DRAIN" before scheduling a node state resume */
                resume_after?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Time when the slurmd started (UNIX timestamp) */
                slurmd_start_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /**
                 * Format: int32
                 * @description Number of physical processor sockets/chips on the node
                 */
                sockets?: number;
                /**
                 * Format: int32
                 * @description Number of cores reserved for system use
                 */
                specialized_cores?: number;
                /** @description Abstract CPU IDs on this node reserved for exclusive use by slurmd and slurmstepd */
                specialized_cpus?: string;
                /**
                 * Format: int64
                 * @description Combined memory limit, in MB, for Slurm compute node daemons
                 */
                specialized_memory?: number;
                /** @description Node state(s) applicable to this node */
                state?: ("INVALID" | "UNKNOWN" | "DOWN" | "IDLE" | "ALLOCATED" | "ERROR" | "MIXED" | "FUTURE" | "RESERVED" | "UNDRAIN" | "CLOUD" | "RESUME" | "DRAIN" | "COMPLETING" | "NOT_RESPONDING" | "POWERED_DOWN" | "FAIL" | "POWERING_UP" | "MAINTENANCE" | "REBOOT_REQUESTED" | "REBOOT_CANCELED" | "POWERING_DOWN" | "DYNAMIC_FUTURE" | "REBOOT_ISSUED" | "PLANNED" | "INVALID_REG" | "POWER_DOWN" | "POWER_UP" | "POWER_DRAIN" | "DYNAMIC_NORM")[];
                /**
                 * Format: int32
                 * @description Total size in MB of temporary disk storage in TmpFS
                 */
                temporary_disk?: number;
                /**
                 * Format: int32
                 * @description Number of logical threads in a single physical core
                 */
                threads?: number;
                /** @description Configured trackable resources */
                tres?: string;
                /** @description Trackable resources currently allocated for jobs */
                tres_used?: string;
                /**
                 * Format: double
                 * @description Weighted number of billable trackable resources allocated
                 */
                tres_weighted?: number;
                /** @description Slurmd version */
                version?: string;
                /**
                 * Format: int32
                 * @description Weight of the node for scheduling purposes
                 */
                weight?: number;
            }[];
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_partition_resp": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /** @description Time of last partition change (UNIX timestamp) */
            last_update: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int64
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description List of partitions */
            partitions: {
                accounts?: {
                    /** @description AllowAccounts */
                    allowed?: string;
                    /** @description DenyAccounts */
                    deny?: string;
                };
                /** @description Alternate */
                alternate?: string;
                /** @description Cluster name */
                cluster?: string;
                cpus?: {
                    /**
                     * Format: int32
                     * @description CpuBind
                     */
                    task_binding?: number;
                    /**
                     * Format: int32
                     * @description TotalCPUs
                     */
                    total?: number;
                };
                defaults?: {
                    /** @description JobDefaults */
                    job?: string;
                    /**
                     * Format: int64
                     * @description DefMemPerCPU or DefMemPerNode
                     */
                    memory_per_cpu?: number;
                    /** @description DefMemPerCPU */
                    partition_memory_per_cpu?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int64
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /** @description DefMemPerNode */
                    partition_memory_per_node?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int64
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /** @description DefaultTime in minutes */
                    time?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                };
                /**
                 * Format: int32
                 * @description GraceTime
                 */
                grace_time?: number;
                groups?: {
                    /** @description AllowGroups */
                    allowed?: string;
                };
                maximums?: {
                    /** @description MaxCPUsPerNode */
                    cpus_per_node?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /** @description MaxCPUsPerSocket */
                    cpus_per_socket?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /**
                     * Format: int64
                     * @description MaxMemPerCPU or MaxMemPerNode
                     */
                    memory_per_cpu?: number;
                    /** @description MaxNodes */
                    nodes?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /** @description OverTimeLimit */
                    over_time_limit?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    oversubscribe?: {
                        /** @description Flags applicable to the OverSubscribe setting */
                        flags?: "force"[];
                        /**
                         * Format: int32
                         * @description Maximum number of jobs allowed to oversubscribe resources
                         */
                        jobs?: number;
                    };
                    /** @description MaxMemPerCPU */
                    partition_memory_per_cpu?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int64
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /** @description MaxMemPerNode */
                    partition_memory_per_node?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int64
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /**
                     * Format: int32
                     * @description OverSubscribe
                     */
                    shares?: number;
                    /** @description MaxTime */
                    time?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                };
                minimums?: {
                    /**
                     * Format: int32
                     * @description MinNodes
                     */
                    nodes?: number;
                };
                /** @description PartitionName */
                name?: string;
                /** @description NodeSets */
                node_sets?: string;
                nodes?: {
                    /** @description AllocNodes */
                    allowed_allocation?: string;
                    /** @description Nodes */
                    configured?: string;
                    /**
                     * Format: int32
                     * @description TotalNodes
                     */
                    total?: number;
                };
                partition?: {
                    /** @description Current state(s) */
                    state?: ("INACTIVE" | "UNKNOWN" | "UP" | "DOWN" | "DRAIN")[];
                };
                priority?: {
                    /**
                     * Format: int32
                     * @description PriorityJobFactor
                     */
                    job_factor?: number;
                    /**
                     * Format: int32
                     * @description PriorityTier
                     */
                    tier?: number;
                };
                qos?: {
                    /** @description AllowQOS */
                    allowed?: string;
                    /** @description QOS */
                    assigned?: string;
                    /** @description DenyQOS */
                    deny?: string;
                };
                /** @description Scheduler consumable resource selection type */
                select_type?: ("CPU" | "SOCKET" | "CORE" | "BOARD" | "MEMORY" | "ONE_TASK_PER_CORE" | "PACK_NODES" | "CORE_DEFAULT_DIST_BLOCK" | "LLN" | "LINEAR")[];
                /** @description SuspendTime (GLOBAL if both set and infinite are false) */
                suspend_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                timeouts?: {
                    /** @description ResumeTimeout (GLOBAL if both set and infinite are false) */
                    resume?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /** @description SuspendTimeout (GLOBAL if both set and infinite are false) */
                    suspend?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                };
                tres?: {
                    /** @description TRESBillingWeights */
                    billing_weights?: string;
                    /** @description TRES */
                    configured?: string;
                };
            }[];
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_ping_array_resp": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description pings */
            pings: {
                /** @description Target for ping */
                hostname?: string;
                /**
                 * Format: int64
                 * @description Number of microseconds it took to successfully ping or timeout
                 */
                latency?: number;
                /** @description The operating mode of the responding slurmctld */
                mode?: string;
                /** @description Ping result */
                pinged?: string;
            }[];
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_reservation_resp": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /** @description Time of last reservation change (UNIX timestamp) */
            last_update: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int64
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description List of reservations */
            reservations: {
                /** @description Comma separated list of permitted accounts */
                accounts?: string;
                /** @description BurstBuffer */
                burst_buffer?: string;
                /**
                 * Format: int32
                 * @description CoreCnt
                 */
                core_count?: number;
                /** @description Reserved cores specification */
                core_specializations?: {
                    /** @description IDs of reserved cores */
                    core?: string;
                    /** @description Name of reserved node */
                    node?: string;
                }[];
                /** @description EndTime (UNIX timestamp) */
                end_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Features */
                features?: string;
                /** @description Flags associated with the reservation */
                flags?: ("MAINT" | "NO_MAINT" | "DAILY" | "NO_DAILY" | "WEEKLY" | "NO_WEEKLY" | "IGNORE_JOBS" | "NO_IGNORE_JOBS" | "ANY_NODES" | "STATIC" | "NO_STATIC" | "PART_NODES" | "NO_PART_NODES" | "OVERLAP" | "SPEC_NODES" | "TIME_FLOAT" | "REPLACE" | "ALL_NODES" | "PURGE_COMP" | "WEEKDAY" | "NO_WEEKDAY" | "WEEKEND" | "NO_WEEKEND" | "FLEX" | "NO_FLEX" | "DURATION_PLUS" | "DURATION_MINUS" | "NO_HOLD_JOBS_AFTER_END" | "NO_PURGE_COMP" | "MAGNETIC" | "SKIP" | "HOURLY" | "NO_HOURLY" | "USER_DELETE" | "NO_USER_DELETE" | "REOCCURRING")[];
                /** @description Groups */
                groups?: string;
                /** @description Licenses */
                licenses?: string;
                /**
                 * Format: int32
                 * @description MaxStartDelay in seconds
                 */
                max_start_delay?: number;
                /** @description ReservationName */
                name?: string;
                /**
                 * Format: int32
                 * @description NodeCnt
                 */
                node_count?: number;
                /** @description Nodes */
                node_list?: string;
                /** @description PartitionName */
                partition?: string;
                purge_completed?: {
                    /** @description If PURGE_COMP flag is set, the number of seconds this reservation will sit idle until it is revoked */
                    time?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                };
                /** @description StartTime (UNIX timestamp) */
                start_time?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int64
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
                /** @description Comma separated list of required TRES */
                tres?: string;
                /** @description Comma separated list of permitted users */
                users?: string;
                /**
                 * @deprecated
                 * @description 32 bit integer number with flags
                 */
                watts?: {
                    /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                    infinite?: boolean;
                    /**
                     * Format: int32
                     * @description If "set" is True the number will be set with value; otherwise ignore number contents
                     */
                    number?: number;
                    /** @description True if number has been set; False if number is unset */
                    set?: boolean;
                };
            }[];
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_resp": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_openapi_shares_resp": {
            /** @description Query errors */
            errors?: {
                /** @description Long form error description */
                description?: string;
                /** @description Short form error description */
                error?: string;
                /**
                 * Format: int32
                 * @description Slurm numeric error identifier
                 */
                error_number?: number;
                /** @description Source of error or where error was first detected */
                source?: string;
            }[];
            /** @description Slurm meta values */
            meta?: {
                client?: {
                    /** @description Client group (if known) */
                    group?: string;
                    /** @description Client source description */
                    source?: string;
                    /** @description Client user (if known) */
                    user?: string;
                };
                /** @description CLI command (if applicable) */
                command?: string[];
                plugin?: {
                    /** @description Slurm accounting plugin */
                    accounting_storage?: string;
                    /** @description Slurm data_parser plugin */
                    data_parser?: string;
                    /** @description Slurm plugin name (if applicable) */
                    name?: string;
                    /** @description Slurm plugin type (if applicable) */
                    type?: string;
                };
                slurm?: {
                    /** @description Slurm cluster name */
                    cluster?: string;
                    /** @description Slurm release string */
                    release?: string;
                    version?: {
                        /** @description Slurm release major version */
                        major?: string;
                        /** @description Slurm release micro version */
                        micro?: string;
                        /** @description Slurm release minor version */
                        minor?: string;
                    };
                };
            };
            /** @description fairshare info */
            shares: {
                /** @description Association shares */
                shares?: {
                    /** @description Cluster name */
                    cluster?: string;
                    /**
                     * Format: double
                     * @description Effective, normalized usage
                     */
                    effective_usage?: number;
                    fairshare?: {
                        /**
                         * Format: double
                         * @description Fairshare factor
                         */
                        factor?: number;
                        /**
                         * Format: double
                         * @description Fairshare factor at this level; stored on an assoc as a long double, but that is not needed for display in sshare
                         */
                        level?: number;
                    };
                    /**
                     * Format: int32
                     * @description Association ID
                     */
                    id?: number;
                    /** @description Share name */
                    name?: string;
                    /** @description Parent name */
                    parent?: string;
                    /** @description Partition name */
                    partition?: string;
                    /** @description Number of shares allocated */
                    shares?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: int32
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    /** @description Normalized shares */
                    shares_normalized?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: double
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                    tres?: {
                        /** @description TRES-minute limit */
                        group_minutes?: {
                            /** @description TRES name */
                            name?: string;
                            /** @description TRES value */
                            value?: {
                                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                                infinite?: boolean;
                                /**
                                 * Format: int64
                                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                                 */
                                number?: number;
                                /** @description True if number has been set; False if number is unset */
                                set?: boolean;
                            };
                        }[];
                        /** @description Currently running tres-secs = grp_used_tres_run_secs */
                        run_seconds?: {
                            /** @description TRES name */
                            name?: string;
                            /** @description TRES value */
                            value?: {
                                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                                infinite?: boolean;
                                /**
                                 * Format: int64
                                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                                 */
                                number?: number;
                                /** @description True if number has been set; False if number is unset */
                                set?: boolean;
                            };
                        }[];
                        /** @description Measure of each TRES usage */
                        usage?: {
                            /** @description TRES name */
                            name?: string;
                            /** @description TRES value */
                            value?: number;
                        }[];
                    };
                    /** @description User or account association */
                    type?: ("USER" | "ASSOCIATION")[];
                    /**
                     * Format: int64
                     * @description Measure of tresbillableunits usage
                     */
                    usage?: number;
                    /** @description Normalized usage */
                    usage_normalized?: {
                        /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                        infinite?: boolean;
                        /**
                         * Format: double
                         * @description If "set" is True the number will be set with value; otherwise ignore number contents
                         */
                        number?: number;
                        /** @description True if number has been set; False if number is unset */
                        set?: boolean;
                    };
                }[];
                /**
                 * Format: int64
                 * @description Total number of shares
                 */
                total_shares?: number;
            };
            /** @description Query warnings */
            warnings?: {
                /** @description Long form warning description */
                description?: string;
                /** @description Source of warning or where warning was first detected */
                source?: string;
            }[];
        };
        "v0.0.41_update_node_msg": {
            /** @description NodeAddr, used to establish a communication path */
            address?: string[];
            /** @description Arbitrary comment */
            comment?: string;
            /**
             * Format: int32
             * @description Default method for binding tasks to allocated CPUs
             */
            cpu_bind?: number;
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Available features */
            features?: string[];
            /** @description Currently active features */
            features_act?: string[];
            /** @description Generic resources */
            gres?: string;
            /** @description NodeHostname */
            hostname?: string[];
            /** @description NodeName */
            name?: string[];
            /** @description Reason for node being DOWN or DRAINING */
            reason?: string;
            /** @description User ID to associate with the reason (needed if user root is sending message) */
            reason_uid?: string;
            /** @description Number of seconds after which to automatically resume DOWN or DRAINED node */
            resume_after?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int32
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
            /** @description New state to assign to the node */
            state?: ("INVALID" | "UNKNOWN" | "DOWN" | "IDLE" | "ALLOCATED" | "ERROR" | "MIXED" | "FUTURE" | "RESERVED" | "UNDRAIN" | "CLOUD" | "RESUME" | "DRAIN" | "COMPLETING" | "NOT_RESPONDING" | "POWERED_DOWN" | "FAIL" | "POWERING_UP" | "MAINTENANCE" | "REBOOT_REQUESTED" | "REBOOT_CANCELED" | "POWERING_DOWN" | "DYNAMIC_FUTURE" | "REBOOT_ISSUED" | "PLANNED" | "INVALID_REG" | "POWER_DOWN" | "POWER_UP" | "POWER_DRAIN" | "DYNAMIC_NORM")[];
            /** @description Weight of the node for scheduling purposes */
            weight?: {
                /** @description True if number has been set to infinite; "set" and "number" will be ignored */
                infinite?: boolean;
                /**
                 * Format: int32
                 * @description If "set" is True the number will be set with value; otherwise ignore number contents
                 */
                number?: number;
                /** @description True if number has been set; False if number is unset */
                set?: boolean;
            };
        };
        "v0.0.42_acct_gather_energy": {
            /**
             * Format: int32
             * @description Average power consumption, in watts
             */
            average_watts?: number;
            /**
             * Format: int64
             * @description The energy consumed between when the node was powered on and the last time it was registered by slurmd, in joules
             */
            base_consumed_energy?: number;
            /**
             * Format: int64
             * @description The energy consumed between the last time the node was registered by the slurmd daemon and the last node energy accounting sample, in joules
             */
            consumed_energy?: number;
            /** @description The instantaneous power consumption at the time of the last node energy accounting sample, in watts */
            current_watts?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /**
             * Format: int64
             * @description Time when energy data was last retrieved (UNIX timestamp)
             */
            last_collected?: number;
            /**
             * Format: int64
             * @description Previous value of consumed_energy
             */
            previous_consumed_energy?: number;
        };
        "v0.0.42_acct_gather_profile": ("NOT_SET" | "NONE" | "ENERGY" | "LUSTRE" | "NETWORK" | "TASK")[];
        "v0.0.42_assoc_shares_obj_list": components["schemas"]["v0.0.42_assoc_shares_obj_wrap"][];
        "v0.0.42_assoc_shares_obj_wrap": {
            /** @description Cluster name */
            cluster?: string;
            /** @description Effective, normalized usage */
            effective_usage?: components["schemas"]["v0.0.42_float64_no_val_struct"];
            fairshare?: {
                /** @description Fairshare factor */
                factor?: components["schemas"]["v0.0.42_float64_no_val_struct"];
                /** @description Fairshare factor at this level; stored on an assoc as a long double, but that is not needed for display in sshare */
                level?: components["schemas"]["v0.0.42_float64_no_val_struct"];
            };
            /**
             * Format: int32
             * @description Association ID
             */
            id?: number;
            /** @description Share name */
            name?: string;
            /** @description Parent name */
            parent?: string;
            /** @description Partition name */
            partition?: string;
            /** @description Number of shares allocated */
            shares?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Normalized shares */
            shares_normalized?: components["schemas"]["v0.0.42_float64_no_val_struct"];
            tres?: {
                /** @description TRES-minute limit */
                group_minutes?: components["schemas"]["v0.0.42_shares_uint64_tres_list"];
                /** @description Currently running tres-secs = grp_used_tres_run_secs */
                run_seconds?: components["schemas"]["v0.0.42_shares_uint64_tres_list"];
                /** @description Measure of each TRES usage */
                usage?: components["schemas"]["v0.0.42_shares_float128_tres_list"];
            };
            /** @description User or account association */
            type?: components["schemas"]["v0.0.42_assoc_shares_obj_wrap_type"];
            /**
             * Format: int64
             * @description Measure of tresbillableunits usage
             */
            usage?: number;
            /** @description Normalized usage */
            usage_normalized?: components["schemas"]["v0.0.42_float64_no_val_struct"];
        };
        "v0.0.42_assoc_shares_obj_wrap_type": ("USER" | "ASSOCIATION")[];
        "v0.0.42_bf_exit_fields": {
            /**
             * Format: int32
             * @description Reached number of jobs allowed to start
             */
            bf_max_job_start?: number;
            /**
             * Format: int32
             * @description Reached number of jobs allowed to be tested
             */
            bf_max_job_test?: number;
            /**
             * Format: int32
             * @description Reached maximum allowed scheduler time
             */
            bf_max_time?: number;
            /**
             * Format: int32
             * @description Reached table size limit
             */
            bf_node_space_size?: number;
            /**
             * Format: int32
             * @description Reached end of queue
             */
            end_job_queue?: number;
            /**
             * Format: int32
             * @description System state changed
             */
            state_changed?: number;
        };
        "v0.0.42_controller_ping": {
            /** @description Target for ping */
            hostname?: string;
            /**
             * Format: int64
             * @description Number of microseconds it took to successfully ping or timeout
             */
            latency?: number;
            /**
             * @deprecated
             * @description The operating mode of the responding slurmctld
             */
            mode?: string;
            /**
             * @deprecated
             * @description Ping result
             */
            pinged?: string;
            /** @description Is responding slurmctld the primary controller */
            primary: boolean;
            /** @description If ping RPC responded with pong from controller */
            responding: boolean;
        };
        "v0.0.42_controller_ping_array": components["schemas"]["v0.0.42_controller_ping"][];
        "v0.0.42_cpu_binding_flags": ("CPU_BIND_TO_THREADS" | "CPU_BIND_TO_CORES" | "CPU_BIND_TO_SOCKETS" | "CPU_BIND_TO_LDOMS" | "CPU_BIND_NONE" | "CPU_BIND_RANK" | "CPU_BIND_MAP" | "CPU_BIND_MASK" | "CPU_BIND_LDRANK" | "CPU_BIND_LDMAP" | "CPU_BIND_LDMASK" | "VERBOSE" | "CPU_BIND_ONE_THREAD_PER_CORE")[];
        "v0.0.42_cr_type": ("CPU" | "SOCKET" | "CORE" | "BOARD" | "MEMORY" | "ONE_TASK_PER_CORE" | "PACK_NODES" | "CORE_DEFAULT_DIST_BLOCK" | "LLN" | "LINEAR")[];
        "v0.0.42_cron_entry": {
            /** @description Command to run */
            command?: string;
            /** @description Ranged string specifying eligible day of month values (e.g. 0-10,29) */
            day_of_month?: string;
            /** @description Ranged string specifying eligible day of week values (e.g.0-3,7) */
            day_of_week?: string;
            /** @description Flags */
            flags?: components["schemas"]["v0.0.42_cron_entry_flags"];
            /** @description Ranged string specifying eligible hour values (e.g. 0-5,23) */
            hour?: string;
            line?: {
                /**
                 * Format: int32
                 * @description End of this entry in file
                 */
                end?: number;
                /**
                 * Format: int32
                 * @description Start of this entry in file
                 */
                start?: number;
            };
            /** @description Ranged string specifying eligible minute values (e.g. 0-10,50) */
            minute?: string;
            /** @description Ranged string specifying eligible month values (e.g. 0-5,12) */
            month?: string;
            /** @description Complete time specification (* means valid for all allowed values) - minute hour day_of_month month day_of_week */
            specification?: string;
        };
        "v0.0.42_cron_entry_flags": ("WILD_MINUTE" | "WILD_HOUR" | "WILD_DAY_OF_MONTH" | "WILD_MONTH" | "WILD_DAY_OF_WEEK")[];
        "v0.0.42_csv_string": string[];
        "v0.0.42_float64_no_val_struct": {
            /** @description True if number has been set to infinite; "set" and "number" will be ignored */
            infinite?: boolean;
            /**
             * Format: double
             * @description If "set" is True the number will be set with value; otherwise ignore number contents
             */
            number?: number;
            /** @description True if number has been set; False if number is unset */
            set?: boolean;
        };
        "v0.0.42_hostlist_string": string[];
        "v0.0.42_job_alloc_req": {
            /** @description HetJob description */
            hetjob?: components["schemas"]["v0.0.42_job_desc_msg_list"];
            /** @description Job description */
            job?: components["schemas"]["v0.0.42_job_desc_msg"];
        };
        "v0.0.42_job_array_response_array": components["schemas"]["v0.0.42_job_array_response_msg_entry"][];
        "v0.0.42_job_array_response_msg_entry": {
            /** @description Verbose update status or error */
            error?: string;
            /**
             * Format: int32
             * @description Verbose update status or error
             */
            error_code?: number;
            /**
             * Format: int32
             * @description Job ID for updated job
             */
            job_id?: number;
            /** @description Step ID for updated job */
            step_id?: string;
            /** @description Update response message */
            why?: string;
        };
        "v0.0.42_job_desc_msg": {
            /** @description Account associated with the job */
            account?: string;
            /** @description Job accounting and profiling sampling intervals in seconds */
            account_gather_frequency?: string;
            /** @description Arbitrary comment made by administrator */
            admin_comment?: string;
            /** @description Local node making the resource allocation */
            allocation_node_list?: string;
            /**
             * Format: int32
             * @description Port to send allocation confirmation to
             */
            allocation_node_port?: number;
            /** @description Arguments to the script. Note: The slurmstepd always overrides argv[0] with the path to the created script file. If this option is used, argv[0] should be a throwaway value. */
            argv?: components["schemas"]["v0.0.42_string_array"];
            /** @description Job array index value specification */
            array?: string;
            /** @description Features required for batch script's node */
            batch_features?: string;
            /** @description Defer the allocation of the job until the specified time (UNIX timestamp) */
            begin_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Burst buffer specifications */
            burst_buffer?: string;
            /** @description Required features that a federated cluster must have to have a sibling job submitted to it */
            cluster_constraint?: string;
            /** @description Clusters that a federated job can run on */
            clusters?: string;
            /** @description Arbitrary comment made by user */
            comment?: string;
            /** @description Comma separated list of features that are required */
            constraints?: string;
            /** @description Absolute path to OCI container bundle */
            container?: string;
            /** @description OCI container ID */
            container_id?: string;
            /** @description True if job requires contiguous nodes */
            contiguous?: boolean;
            /**
             * Format: int32
             * @description Specialized core count
             */
            core_specification?: number;
            /** @description Method for binding tasks to allocated CPUs */
            cpu_binding?: string;
            /** @description Flags for CPU binding */
            cpu_binding_flags?: components["schemas"]["v0.0.42_cpu_binding_flags"];
            /** @description Requested CPU frequency range <p1>[-p2][:p3] */
            cpu_frequency?: string;
            /**
             * Format: int32
             * @description Number of CPUs required by each task
             */
            cpus_per_task?: number;
            /** @description Semicolon delimited list of TRES=# values values indicating how many CPUs should be allocated for each specified TRES (currently only used for gres/gpu) */
            cpus_per_tres?: string;
            /** @description Specification for scrontab job */
            crontab?: components["schemas"]["v0.0.42_cron_entry"];
            /** @description Working directory to use for the job */
            current_working_directory?: string;
            /**
             * Format: int64
             * @description Latest time that the job may start (UNIX timestamp)
             */
            deadline?: number;
            /**
             * Format: int32
             * @description Number of seconds after job eligible start that nodes will be rebooted to satisfy feature specification
             */
            delay_boot?: number;
            /** @description Other jobs that must meet certain criteria before this job can start */
            dependency?: string;
            /** @description Layout */
            distribution?: string;
            /** @description Plane size specification when distribution specifies plane */
            distribution_plane_size?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /**
             * Format: int64
             * @description Expected end time (UNIX timestamp)
             */
            end_time?: number;
            /** @description Environment variables to be set for the job */
            environment?: components["schemas"]["v0.0.42_string_array"];
            /** @description Comma separated list of nodes that may not be used */
            excluded_nodes?: components["schemas"]["v0.0.42_csv_string"];
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Job flags */
            flags?: components["schemas"]["v0.0.42_job_flags"];
            /** @description Group ID of the user that owns the job */
            group_id?: string;
            /**
             * Format: int32
             * @description Unique sequence number applied to this component of the heterogeneous job
             */
            hetjob_group?: number;
            /** @description Hold (true) or release (false) job */
            hold?: boolean;
            /** @description If true, exit if resources are not available within the time period specified */
            immediate?: boolean;
            /**
             * Format: int32
             * @description Job ID
             */
            job_id?: number;
            /** @description If true, kill job on node failure */
            kill_on_node_fail?: boolean;
            /** @description Number of seconds before end time to send the warning signal */
            kill_warning_delay?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /** @description Flags related to job signals */
            kill_warning_flags?: components["schemas"]["v0.0.42_warn_flags"];
            /** @description Signal to send when approaching end time (e.g. "10" or "USR1") */
            kill_warning_signal?: string;
            /** @description License(s) required by the job */
            licenses?: string;
            /** @description Mail event type(s) */
            mail_type?: components["schemas"]["v0.0.42_job_mail_flags"];
            /** @description User to receive email notifications */
            mail_user?: string;
            /**
             * Format: int32
             * @description Maximum number of CPUs required
             */
            maximum_cpus?: number;
            /**
             * Format: int32
             * @description Maximum node count
             */
            maximum_nodes?: number;
            /** @description Multi-Category Security label on the job */
            mcs_label?: string;
            /** @description Binding map for map/mask_cpu */
            memory_binding?: string;
            /** @description Method for binding tasks to memory */
            memory_binding_type?: components["schemas"]["v0.0.42_memory_binding_type"];
            /** @description Minimum memory in megabytes per allocated CPU */
            memory_per_cpu?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Minimum memory in megabytes per allocated node */
            memory_per_node?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Semicolon delimited list of TRES=# values indicating how much memory in megabytes should be allocated for each specified TRES (currently only used for gres/gpu) */
            memory_per_tres?: string;
            /**
             * Format: int32
             * @description Boards per node required
             */
            minimum_boards_per_node?: number;
            /**
             * Format: int32
             * @description Minimum number of CPUs required
             */
            minimum_cpus?: number;
            /**
             * Format: int32
             * @description Minimum number of CPUs per node
             */
            minimum_cpus_per_node?: number;
            /**
             * Format: int32
             * @description Minimum node count
             */
            minimum_nodes?: number;
            /**
             * Format: int32
             * @description Sockets per board required
             */
            minimum_sockets_per_board?: number;
            /** @description Job name */
            name?: string;
            /** @description Network specs for job step */
            network?: string;
            /**
             * Format: int32
             * @description Requested job priority change
             */
            nice?: number;
            /** @description Node count range specification (e.g. 1-15:4) */
            nodes?: string;
            /**
             * Format: int32
             * @description Number of tasks that can access each GPU
             */
            ntasks_per_tres?: number;
            /**
             * Format: int32
             * @description Kill whole step in case of OOM in one of the tasks
             */
            oom_kill_step?: number;
            /** @description Open mode used for stdout and stderr files */
            open_mode?: components["schemas"]["v0.0.42_open_mode"];
            /** @description Overcommit resources */
            overcommit?: boolean;
            /** @description Partition assigned to the job */
            partition?: string;
            /** @deprecated */
            power_flags?: unknown[];
            /** @description Comma separated list of features that are preferred but not required */
            prefer?: string;
            /** @description Request specific job priority */
            priority?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Profile used by the acct_gather_profile plugin */
            profile?: components["schemas"]["v0.0.42_acct_gather_profile"];
            /** @description Quality of Service assigned to the job */
            qos?: string;
            /** @description Node reboot requested before start */
            reboot?: boolean;
            /** @description Determines whether the job may be requeued */
            requeue?: boolean;
            /** @description Comma separated list of required nodes */
            required_nodes?: components["schemas"]["v0.0.42_csv_string"];
            /** @description Maximum number of switches */
            required_switches?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Name of reservation to use */
            reservation?: string;
            /**
             * Format: int32
             * @description Port to send various notification msg to
             */
            reserve_ports?: number;
            rlimits?: {
                /** @description Address space limit */
                as?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description Largest core file that can be created, in bytes */
                core?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description Per-process CPU limit, in seconds */
                cpu?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description Maximum size of data segment, in bytes */
                data?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description Largest file that can be created, in bytes */
                fsize?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description Locked-in-memory address space */
                memlock?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description Number of open files */
                nofile?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description Number of processes */
                nproc?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description Largest resident set size, in bytes. This affects swapping; processes that are exceeding their resident set size will be more likely to have physical memory taken from them */
                rss?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description Maximum size of stack segment, in bytes */
                stack?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            };
            /** @description Job batch script; only the first component in a HetJob is populated or honored */
            script?: string;
            /** @description Segment size for topology/block */
            segment_size?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /** @description SELinux context */
            selinux_context?: string;
            /** @description How the job can share resources with other jobs, if at all */
            shared?: components["schemas"]["v0.0.42_job_shared"];
            /**
             * Format: int32
             * @description Site-specific priority factor
             */
            site_factor?: number;
            /**
             * Format: int32
             * @description Sockets per node required
             */
            sockets_per_node?: number;
            /** @description Environment variables for job prolog/epilog scripts as set by SPANK plugins */
            spank_environment?: components["schemas"]["v0.0.42_string_array"];
            /** @description Path to stderr file */
            standard_error?: string;
            /** @description Path to stdin file */
            standard_input?: string;
            /** @description Path to stdout file */
            standard_output?: string;
            /**
             * Format: int32
             * @description Number of tasks
             */
            tasks?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each board
             */
            tasks_per_board?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each core
             */
            tasks_per_core?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each node
             */
            tasks_per_node?: number;
            /**
             * Format: int32
             * @description Number of tasks to invoke on each socket
             */
            tasks_per_socket?: number;
            /**
             * Format: int32
             * @description Minimum tmp disk space required per node
             */
            temporary_disk_per_node?: number;
            /**
             * Format: int32
             * @description Specialized thread count
             */
            thread_specification?: number;
            /**
             * Format: int32
             * @description Threads per core required
             */
            threads_per_core?: number;
            /** @description Maximum run time in minutes */
            time_limit?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Minimum run time in minutes */
            time_minimum?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Task to TRES binding directives */
            tres_bind?: string;
            /** @description TRES frequency directives */
            tres_freq?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every job */
            tres_per_job?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every node */
            tres_per_node?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every socket */
            tres_per_socket?: string;
            /** @description Comma separated list of TRES=# values to be allocated for every task */
            tres_per_task?: string;
            /** @description User ID that owns the job */
            user_id?: string;
            /** @description If true, wait to start until after all nodes have booted */
            wait_all_nodes?: boolean;
            /**
             * Format: int32
             * @description Maximum time to wait for switches in seconds
             */
            wait_for_switch?: number;
            /** @description Workload characterization key */
            wckey?: string;
            /** @description X11 forwarding options */
            x11?: components["schemas"]["v0.0.42_x11_flags"];
            /** @description Magic cookie for X11 forwarding */
            x11_magic_cookie?: string;
            /** @description Hostname or UNIX socket if x11_target_port=0 */
            x11_target_host?: string;
            /**
             * Format: int32
             * @description TCP port
             */
            x11_target_port?: number;
        };
        "v0.0.42_job_desc_msg_list": components["schemas"]["v0.0.42_job_desc_msg"][];
        "v0.0.42_job_flags": ("KILL_INVALID_DEPENDENCY" | "NO_KILL_INVALID_DEPENDENCY" | "HAS_STATE_DIRECTORY" | "TESTING_BACKFILL" | "GRES_BINDING_ENFORCED" | "TEST_NOW_ONLY" | "SEND_JOB_ENVIRONMENT" | "SPREAD_JOB" | "PREFER_MINIMUM_NODE_COUNT" | "JOB_KILL_HURRY" | "SKIP_TRES_STRING_ACCOUNTING" | "SIBLING_CLUSTER_UPDATE_ONLY" | "HETEROGENEOUS_JOB" | "EXACT_TASK_COUNT_REQUESTED" | "EXACT_CPU_COUNT_REQUESTED" | "TESTING_WHOLE_NODE_BACKFILL" | "TOP_PRIORITY_JOB" | "ACCRUE_COUNT_CLEARED" | "GRES_BINDING_DISABLED" | "JOB_WAS_RUNNING" | "JOB_ACCRUE_TIME_RESET" | "CRON_JOB" | "EXACT_MEMORY_REQUESTED" | "USING_DEFAULT_ACCOUNT" | "USING_DEFAULT_PARTITION" | "USING_DEFAULT_QOS" | "USING_DEFAULT_WCKEY" | "DEPENDENT" | "MAGNETIC" | "PARTITION_ASSIGNED" | "BACKFILL_ATTEMPTED" | "SCHEDULING_ATTEMPTED" | "STEPMGR_ENABLED")[];
        "v0.0.42_job_info": {
            /** @description Account associated with the job */
            account?: string;
            /** @description When the job started accruing age priority (UNIX timestamp) */
            accrue_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Arbitrary comment made by administrator */
            admin_comment?: string;
            /** @description Local node making the resource allocation */
            allocating_node?: string;
            /** @description Job ID of job array, or 0 if N/A */
            array_job_id?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Maximum number of simultaneously running array tasks, 0 if no limit */
            array_max_tasks?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Task ID of this task in job array */
            array_task_id?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description String expression of task IDs in this record */
            array_task_string?: string;
            /**
             * Format: int32
             * @description Unique identifier for the association
             */
            association_id?: number;
            /** @description Features required for batch script's node */
            batch_features?: string;
            /** @description True if batch job */
            batch_flag?: boolean;
            /** @description Name of host running batch script */
            batch_host?: string;
            /** @description Billable TRES */
            billable_tres?: components["schemas"]["v0.0.42_float64_no_val_struct"];
            /** @description Burst buffer specifications */
            burst_buffer?: string;
            /** @description Burst buffer state details */
            burst_buffer_state?: string;
            /** @description Cluster name */
            cluster?: string;
            /** @description List of required cluster features */
            cluster_features?: string;
            /** @description Executed command */
            command?: string;
            /** @description Arbitrary comment */
            comment?: string;
            /** @description Absolute path to OCI container bundle */
            container?: string;
            /** @description OCI container ID */
            container_id?: string;
            /** @description True if job requires contiguous nodes */
            contiguous?: boolean;
            /**
             * Format: int32
             * @description Specialized core count
             */
            core_spec?: number;
            /** @description Cores per socket required */
            cores_per_socket?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /** @description CPU frequency governor */
            cpu_frequency_governor?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Maximum CPU frequency */
            cpu_frequency_maximum?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Minimum CPU frequency */
            cpu_frequency_minimum?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Minimum number of CPUs required */
            cpus?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Number of CPUs required by each task */
            cpus_per_task?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /** @description Semicolon delimited list of TRES=# values indicating how many CPUs should be allocated for each specified TRES (currently only used for gres/gpu) */
            cpus_per_tres?: string;
            /** @description Time specification for scrontab job */
            cron?: string;
            /** @description Working directory to use for the job */
            current_working_directory?: string;
            /** @description Latest time that the job may start (UNIX timestamp) */
            deadline?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Number of seconds after job eligible start that nodes will be rebooted to satisfy feature specification */
            delay_boot?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Other jobs that must meet certain criteria before this job can start */
            dependency?: string;
            /** @description Highest exit code of all job steps */
            derived_exit_code?: components["schemas"]["v0.0.42_process_exit_code_verbose"];
            /** @description Time when the job became eligible to run (UNIX timestamp) */
            eligible_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description End time, real or expected (UNIX timestamp) */
            end_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Comma separated list of nodes that may not be used */
            excluded_nodes?: string;
            /** @description Exit code of the job */
            exit_code?: components["schemas"]["v0.0.42_process_exit_code_verbose"];
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Name of node that caused job failure */
            failed_node?: string;
            /** @description Comma separated list of features that are required */
            features?: string;
            /** @description Origin cluster's name (when using federation) */
            federation_origin?: string;
            /** @description Active sibling job names */
            federation_siblings_active?: string;
            /** @description Viable sibling job names */
            federation_siblings_viable?: string;
            /** @description Job flags */
            flags?: components["schemas"]["v0.0.42_job_flags"];
            /** @description List of GRES index and counts allocated per node */
            gres_detail?: components["schemas"]["v0.0.42_job_info_gres_detail"];
            /**
             * Format: int32
             * @description Group ID of the user that owns the job
             */
            group_id?: number;
            /** @description Group name of the user that owns the job */
            group_name?: string;
            /** @description Heterogeneous job ID, if applicable */
            het_job_id?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Job ID range for all heterogeneous job components */
            het_job_id_set?: string;
            /** @description Unique sequence number applied to this component of the heterogeneous job */
            het_job_offset?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Hold (true) or release (false) job */
            hold?: boolean;
            /**
             * Format: int32
             * @description Job ID
             */
            job_id?: number;
            /** @description Resources used by the job */
            job_resources?: components["schemas"]["v0.0.42_job_res"];
            /** @description Number of nodes (in a range) required for this job */
            job_size_str?: components["schemas"]["v0.0.42_csv_string"];
            /** @description Current state */
            job_state?: components["schemas"]["v0.0.42_job_state"];
            /** @description Last time job was evaluated for scheduling (UNIX timestamp) */
            last_sched_evaluation?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description License(s) required by the job */
            licenses?: string;
            /** @description Mail event type(s) */
            mail_type?: components["schemas"]["v0.0.42_job_mail_flags"];
            /** @description User to receive email notifications */
            mail_user?: string;
            /** @description Maximum number of CPUs usable by the job */
            max_cpus?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Maximum number of nodes usable by the job */
            max_nodes?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /**
             * Format: int32
             * @description Maximum time to wait for switches in seconds
             */
            maximum_switch_wait_time?: number;
            /** @description Multi-Category Security label on the job */
            mcs_label?: string;
            /** @description Minimum memory in megabytes per allocated CPU */
            memory_per_cpu?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Minimum memory in megabytes per allocated node */
            memory_per_node?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Semicolon delimited list of TRES=# values indicating how much memory in megabytes should be allocated for each specified TRES (currently only used for gres/gpu) */
            memory_per_tres?: string;
            /** @description Minimum number of CPUs per node */
            minimum_cpus_per_node?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /** @description Minimum tmp disk space required per node */
            minimum_tmp_disk_per_node?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Job name */
            name?: string;
            /** @description Network specs for the job */
            network?: string;
            /**
             * Format: int32
             * @description Requested job priority change
             */
            nice?: number;
            /** @description Minimum number of nodes required */
            node_count?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Node(s) allocated to the job */
            nodes?: string;
            /** @description Partition assigned to the job */
            partition?: string;
            power?: {
                /** @deprecated */
                flags?: unknown[];
            };
            /** @description Total run time prior to last suspend in seconds */
            pre_sus_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Time job received preemption signal (UNIX timestamp) */
            preempt_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Time job becomes eligible for preemption (UNIX timestamp) */
            preemptable_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Feature(s) the job requested but that are not required */
            prefer?: string;
            /** @description Request specific job priority */
            priority?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Prospective job priority in each partition that may be used by this job */
            priority_by_partition?: components["schemas"]["v0.0.42_priority_by_partition"];
            /** @description Profile used by the acct_gather_profile plugin */
            profile?: components["schemas"]["v0.0.42_acct_gather_profile"];
            /** @description Quality of Service assigned to the job, if pending the QOS requested */
            qos?: string;
            /** @description Node reboot requested before start */
            reboot?: boolean;
            /** @description Determines whether the job may be requeued */
            requeue?: boolean;
            /** @description Comma separated list of required nodes */
            required_nodes?: string;
            /**
             * Format: int32
             * @description Maximum number of switches
             */
            required_switches?: number;
            /** @description Time of last size change (UNIX timestamp) */
            resize_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Number of job restarts
             */
            restart_cnt?: number;
            /** @description Name of reservation to use */
            resv_name?: string;
            /** @description List of nodes scheduled to be used for the job */
            scheduled_nodes?: string;
            /** @description SELinux context */
            selinux_context?: string;
            /** @description How the job can share resources with other jobs, if at all */
            shared?: components["schemas"]["v0.0.42_job_shared"];
            /**
             * Format: int32
             * @description Number of sockets per board required
             */
            sockets_per_board?: number;
            /** @description Number of sockets per node required */
            sockets_per_node?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /** @description Path to stderr file */
            standard_error?: string;
            /** @description Path to stdin file */
            standard_input?: string;
            /** @description Path to stdout file */
            standard_output?: string;
            /** @description Time execution began, or is expected to begin (UNIX timestamp) */
            start_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Optional details for state_reason */
            state_description?: string;
            /** @description Reason for current Pending or Failed state */
            state_reason?: string;
            /** @description Time when the job was submitted (UNIX timestamp) */
            submit_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Time the job was last suspended or resumed (UNIX timestamp) */
            suspend_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Arbitrary comment from slurmctld */
            system_comment?: string;
            /** @description Number of tasks */
            tasks?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Number of tasks invoked on each board */
            tasks_per_board?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /** @description Number of tasks invoked on each core */
            tasks_per_core?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /** @description Number of tasks invoked on each node */
            tasks_per_node?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /** @description Number of tasks invoked on each socket */
            tasks_per_socket?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /** @description Number of tasks that can assess each GPU */
            tasks_per_tres?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /**
             * Format: int32
             * @description Specialized thread count
             */
            thread_spec?: number;
            /** @description Number of processor threads per CPU core required */
            threads_per_core?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            /** @description Maximum run time in minutes */
            time_limit?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Minimum run time in minutes */
            time_minimum?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description TRES used by the job */
            tres_alloc_str?: string;
            /** @description Task to TRES binding directives */
            tres_bind?: string;
            /** @description TRES frequency directives */
            tres_freq?: string;
            /** @description Comma separated list of TRES=# values to be allocated per job */
            tres_per_job?: string;
            /** @description Comma separated list of TRES=# values to be allocated per node */
            tres_per_node?: string;
            /** @description Comma separated list of TRES=# values to be allocated per socket */
            tres_per_socket?: string;
            /** @description Comma separated list of TRES=# values to be allocated per task */
            tres_per_task?: string;
            /** @description TRES requested by the job */
            tres_req_str?: string;
            /**
             * Format: int32
             * @description User ID that owns the job
             */
            user_id?: number;
            /** @description User name that owns the job */
            user_name?: string;
            /** @description Workload characterization key */
            wckey?: string;
        };
        "v0.0.42_job_info_gres_detail": string[];
        "v0.0.42_job_info_msg": components["schemas"]["v0.0.42_job_info"][];
        "v0.0.42_job_mail_flags": ("BEGIN" | "END" | "FAIL" | "REQUEUE" | "TIME=100%" | "TIME=90%" | "TIME=80%" | "TIME=50%" | "STAGE_OUT" | "ARRAY_TASKS" | "INVALID_DEPENDENCY")[];
        "v0.0.42_job_res": {
            /**
             * Format: int32
             * @description Number of allocated CPUs
             */
            cpus: number;
            nodes?: {
                /** @description Allocated node resources */
                allocation?: components["schemas"]["v0.0.42_job_res_nodes"];
                /**
                 * Format: int32
                 * @description Number of allocated nodes
                 */
                count?: number;
                /** @description Node(s) allocated to the job */
                list?: string;
                /** @description Node scheduling selection method */
                select_type?: components["schemas"]["v0.0.42_node_cr_type"];
                /** @description Whether whole nodes were allocated */
                whole?: boolean;
            };
            /** @description Scheduler consumable resource selection type */
            select_type: components["schemas"]["v0.0.42_cr_type"];
            /** @description Number of processor threads per CPU core */
            threads_per_core: components["schemas"]["v0.0.42_uint16_no_val_struct"];
        };
        "v0.0.42_job_res_core": {
            /**
             * Format: int32
             * @description Core index
             */
            index: number;
            /** @description Core status */
            status: components["schemas"]["v0.0.42_job_res_core_status"];
        };
        "v0.0.42_job_res_core_array": components["schemas"]["v0.0.42_job_res_core"][];
        "v0.0.42_job_res_core_status": ("INVALID" | "UNALLOCATED" | "ALLOCATED" | "IN_USE")[];
        "v0.0.42_job_res_node": {
            cpus?: {
                /**
                 * Format: int32
                 * @description Total number of CPUs assigned to job
                 */
                count?: number;
                /**
                 * Format: int32
                 * @description Total number of CPUs used by job
                 */
                used?: number;
            };
            /**
             * Format: int32
             * @description Node index
             */
            index: number;
            memory?: {
                /**
                 * Format: int64
                 * @description Total memory (MiB) allocated to job
                 */
                allocated?: number;
                /**
                 * Format: int64
                 * @description Total memory (MiB) used by job
                 */
                used?: number;
            };
            /** @description Node name */
            name: string;
            /** @description Socket allocations in node */
            sockets: components["schemas"]["v0.0.42_job_res_socket_array"];
        };
        /** @description Job resources for a node */
        "v0.0.42_job_res_nodes": components["schemas"]["v0.0.42_job_res_node"][];
        "v0.0.42_job_res_socket": {
            /** @description Core in socket */
            cores: components["schemas"]["v0.0.42_job_res_core_array"];
            /**
             * Format: int32
             * @description Core index
             */
            index: number;
        };
        "v0.0.42_job_res_socket_array": components["schemas"]["v0.0.42_job_res_socket"][];
        "v0.0.42_job_shared": ("none" | "oversubscribe" | "user" | "mcs" | "topo")[];
        "v0.0.42_job_state": ("PENDING" | "RUNNING" | "SUSPENDED" | "COMPLETED" | "CANCELLED" | "FAILED" | "TIMEOUT" | "NODE_FAIL" | "PREEMPTED" | "BOOT_FAIL" | "DEADLINE" | "OUT_OF_MEMORY" | "LAUNCH_FAILED" | "REQUEUED" | "REQUEUE_HOLD" | "SPECIAL_EXIT" | "RESIZING" | "CONFIGURING" | "COMPLETING" | "STOPPED" | "RECONFIG_FAIL" | "POWER_UP_NODE" | "REVOKED" | "REQUEUE_FED" | "RESV_DEL_HOLD" | "SIGNALING" | "STAGE_OUT")[];
        "v0.0.42_job_submit_req": {
            /** @description Job description */
            job?: components["schemas"]["v0.0.42_job_desc_msg"];
            /** @description HetJob description */
            jobs?: components["schemas"]["v0.0.42_job_desc_msg_list"];
            /**
             * @deprecated
             * @description Deprecated; Populate script field in jobs[0] or job
             */
            script?: string;
        };
        "v0.0.42_kill_jobs_msg": {
            /** @description Filter jobs to a specific account */
            account?: string;
            /** @description Filter jobs according to flags */
            flags?: components["schemas"]["v0.0.42_warn_flags"];
            /** @description Filter jobs to a specific name */
            job_name?: string;
            /** @description Filter jobs to a specific state */
            job_state?: components["schemas"]["v0.0.42_job_state"];
            /** @description List of jobs to signal */
            jobs?: components["schemas"]["v0.0.42_kill_jobs_msg_jobs_array"];
            /** @description Filter jobs to a set of nodes */
            nodes?: components["schemas"]["v0.0.42_hostlist_string"];
            /** @description Filter jobs to a specific partition */
            partition?: string;
            /** @description Filter jobs to a specific QOS */
            qos?: string;
            /** @description Filter jobs to a specific reservation */
            reservation?: string;
            /** @description Signal to send to jobs */
            signal?: string;
            /** @description Filter jobs to a specific numeric user id */
            user_id?: string;
            /** @description Filter jobs to a specific user name */
            user_name?: string;
            /** @description Filter jobs to a specific wckey */
            wckey?: string;
        };
        "v0.0.42_kill_jobs_msg_jobs_array": string[];
        "v0.0.42_kill_jobs_resp_job": {
            error?: {
                /**
                 * Format: int32
                 * @description Numeric error encountered signaling job
                 */
                code?: number;
                /** @description Error message why signaling job failed */
                message?: string;
                /** @description String error encountered signaling job */
                string?: string;
            };
            federation?: {
                /** @description Name of federation sibling (may be empty for non-federation) */
                sibling?: string;
            };
            /** @description Job ID that signaling failed */
            job_id: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description Job or Step ID that signaling failed */
            step_id: string;
        };
        /** @description List of jobs signal responses */
        "v0.0.42_kill_jobs_resp_msg": components["schemas"]["v0.0.42_kill_jobs_resp_job"][];
        "v0.0.42_license": {
            /**
             * Format: int32
             * @description Number of licenses currently available
             */
            Free?: number;
            /**
             * Format: int32
             * @description Last known number of licenses that were consumed in the license manager (Remote Only)
             */
            LastConsumed?: number;
            /**
             * Format: int32
             * @description Number of "missing licenses" from the cluster's perspective
             */
            LastDeficit?: number;
            /**
             * Format: int64
             * @description When the license information was last updated (UNIX Timestamp)
             */
            LastUpdate?: number;
            /** @description Name of the license */
            LicenseName?: string;
            /** @description Indicates whether licenses are served by the database */
            Remote?: boolean;
            /**
             * Format: int32
             * @description Number of licenses reserved
             */
            Reserved?: number;
            /**
             * Format: int32
             * @description Total number of licenses present
             */
            Total?: number;
            /**
             * Format: int32
             * @description Number of licenses in use
             */
            Used?: number;
        };
        "v0.0.42_licenses": components["schemas"]["v0.0.42_license"][];
        "v0.0.42_memory_binding_type": ("NONE" | "RANK" | "MAP" | "MASK" | "LOCAL" | "VERBOSE" | "SORT" | "PREFER")[];
        "v0.0.42_node": {
            /** @description Currently active features */
            active_features?: components["schemas"]["v0.0.42_csv_string"];
            /** @description NodeAddr, used to establish a communication path */
            address?: string;
            /**
             * Format: int32
             * @description Total number of CPUs currently allocated for jobs
             */
            alloc_cpus?: number;
            /**
             * Format: int32
             * @description Total number of idle CPUs
             */
            alloc_idle_cpus?: number;
            /**
             * Format: int64
             * @description Total memory in MB currently allocated for jobs
             */
            alloc_memory?: number;
            /** @description Computer architecture */
            architecture?: string;
            /**
             * Format: int32
             * @description Number of Baseboards in nodes with a baseboard controller
             */
            boards?: number;
            /** @description Time when the node booted (UNIX timestamp) */
            boot_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Alternate network path to be used for sbcast network traffic */
            burstbuffer_network_address?: string;
            /** @description Cluster name (only set in federated environments) */
            cluster_name?: string;
            /** @description Arbitrary comment */
            comment?: string;
            /**
             * Format: int32
             * @description Number of cores in a single physical processor socket
             */
            cores?: number;
            /**
             * Format: int32
             * @description Default method for binding tasks to allocated CPUs
             */
            cpu_binding?: number;
            /**
             * Format: int32
             * @description CPU load as reported by the OS
             */
            cpu_load?: number;
            /**
             * Format: int32
             * @description Total CPUs, including cores and threads
             */
            cpus?: number;
            /**
             * Format: int32
             * @description Number of effective CPUs (excluding specialized CPUs)
             */
            effective_cpus?: number;
            /** @description Energy usage data */
            energy?: components["schemas"]["v0.0.42_acct_gather_energy"];
            /** @deprecated */
            external_sensors?: Record<string, never>;
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Available features */
            features?: components["schemas"]["v0.0.42_csv_string"];
            /** @description Total memory in MB currently free as reported by the OS */
            free_mem?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description CPU cores reserved for jobs that also use a GPU */
            gpu_spec?: string;
            /** @description Generic resources */
            gres?: string;
            /** @description Drained generic resources */
            gres_drained?: string;
            /** @description Generic resources currently in use */
            gres_used?: string;
            /** @description NodeHostname */
            hostname?: string;
            /** @description Cloud instance ID */
            instance_id?: string;
            /** @description Cloud instance type */
            instance_type?: string;
            /** @description Time when the node was last busy (UNIX timestamp) */
            last_busy?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Multi-Category Security label */
            mcs_label?: string;
            /** @description NodeName */
            name?: string;
            /** @description The state the node will be assigned after rebooting */
            next_state_after_reboot?: components["schemas"]["v0.0.42_node_states"];
            /** @description Operating system reported by the node */
            operating_system?: string;
            /** @description User allowed to run jobs on this node (unset if no restriction) */
            owner?: string;
            /** @description Partitions containing this node */
            partitions?: components["schemas"]["v0.0.42_csv_string"];
            /**
             * Format: int32
             * @description TCP port number of the slurmd
             */
            port?: number;
            /** @deprecated */
            power?: Record<string, never>;
            /**
             * Format: int64
             * @description Total memory in MB on the node
             */
            real_memory?: number;
            /** @description Describes why the node is in a "DOWN", "DRAINED", "DRAINING", "FAILING" or "FAIL" state */
            reason?: string;
            /** @description When the reason changed (UNIX timestamp) */
            reason_changed_at?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description User who set the reason */
            reason_set_by_user?: string;
            /**
             * Format: int32
             * @description Number of CPU cores per GPU restricted to GPU jobs
             */
            res_cores_per_gpu?: number;
            /** @description Name of reservation containing this node */
            reservation?: string;
            /** @description Number of seconds after the node's state is updated to "DOWN" or "DRAIN" before scheduling a node state resume */
            resume_after?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Time when the slurmd started (UNIX timestamp) */
            slurmd_start_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Number of physical processor sockets/chips on the node
             */
            sockets?: number;
            /**
             * Format: int32
             * @description Number of cores reserved for system use
             */
            specialized_cores?: number;
            /** @description Abstract CPU IDs on this node reserved for exclusive use by slurmd and slurmstepd */
            specialized_cpus?: string;
            /**
             * Format: int64
             * @description Combined memory limit, in MB, for Slurm compute node daemons
             */
            specialized_memory?: number;
            /** @description Node state(s) applicable to this node */
            state?: components["schemas"]["v0.0.42_node_states"];
            /**
             * Format: int32
             * @description Total size in MB of temporary disk storage in TmpFS
             */
            temporary_disk?: number;
            /**
             * Format: int32
             * @description Number of logical threads in a single physical core
             */
            threads?: number;
            /** @description Configured trackable resources */
            tres?: string;
            /** @description Trackable resources currently allocated for jobs */
            tres_used?: string;
            /**
             * Format: double
             * @description Weighted number of billable trackable resources allocated
             */
            tres_weighted?: number;
            /** @description Slurmd version */
            version?: string;
            /**
             * Format: int32
             * @description Weight of the node for scheduling purposes
             */
            weight?: number;
        };
        "v0.0.42_node_cr_type": ("AVAILABLE" | "ONE_ROW" | "RESERVED")[];
        "v0.0.42_node_states": ("INVALID" | "UNKNOWN" | "DOWN" | "IDLE" | "ALLOCATED" | "ERROR" | "MIXED" | "FUTURE" | "RESERVED" | "UNDRAIN" | "CLOUD" | "RESUME" | "DRAIN" | "COMPLETING" | "NOT_RESPONDING" | "POWERED_DOWN" | "FAIL" | "POWERING_UP" | "MAINTENANCE" | "REBOOT_REQUESTED" | "REBOOT_CANCELED" | "POWERING_DOWN" | "DYNAMIC_FUTURE" | "REBOOT_ISSUED" | "PLANNED" | "INVALID_REG" | "POWER_DOWN" | "POWER_UP" | "POWER_DRAIN" | "DYNAMIC_NORM")[];
        "v0.0.42_nodes": components["schemas"]["v0.0.42_node"][];
        "v0.0.42_open_mode": ("APPEND" | "TRUNCATE")[];
        "v0.0.42_openapi_diag_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description statistics */
            statistics: components["schemas"]["v0.0.42_stats_msg"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_error": {
            /** @description Long form error description */
            description?: string;
            /** @description Short form error description */
            error?: string;
            /**
             * Format: int32
             * @description Slurm numeric error identifier
             */
            error_number?: number;
            /** @description Source of error or where error was first detected */
            source?: string;
        };
        "v0.0.42_openapi_errors": components["schemas"]["v0.0.42_openapi_error"][];
        "v0.0.42_openapi_job_alloc_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /**
             * Format: int32
             * @description Submitted Job ID
             */
            job_id?: number;
            /** @description Job submission user message */
            job_submit_user_msg?: string;
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_job_info_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description List of jobs */
            jobs: components["schemas"]["v0.0.42_job_info_msg"];
            /** @description Time of last backfill scheduler run (UNIX timestamp) */
            last_backfill: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Time of last job change (UNIX timestamp) */
            last_update: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_job_post_response": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description Job update results */
            results?: components["schemas"]["v0.0.42_job_array_response_array"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_job_submit_response": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /**
             * Format: int32
             * @description submitted Job ID
             */
            job_id?: number;
            /** @description Job submission user message */
            job_submit_user_msg?: string;
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description submitted Step ID */
            step_id?: string;
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_kill_job_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description resultant status of signal request */
            status: components["schemas"]["v0.0.42_kill_jobs_resp_msg"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_kill_jobs_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description resultant status of signal request */
            status: components["schemas"]["v0.0.42_kill_jobs_resp_msg"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_licenses_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description Time of last licenses change (UNIX timestamp) */
            last_update: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description List of licenses */
            licenses: components["schemas"]["v0.0.42_licenses"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_meta": {
            client?: {
                /** @description Client group (if known) */
                group?: string;
                /** @description Client source description */
                source?: string;
                /** @description Client user (if known) */
                user?: string;
            };
            /** @description CLI command (if applicable) */
            command?: components["schemas"]["v0.0.42_string_array"];
            plugin?: {
                /** @description Slurm accounting plugin */
                accounting_storage?: string;
                /** @description Slurm data_parser plugin */
                data_parser?: string;
                /** @description Slurm plugin name (if applicable) */
                name?: string;
                /** @description Slurm plugin type (if applicable) */
                type?: string;
            };
            slurm?: {
                /** @description Slurm cluster name */
                cluster?: string;
                /** @description Slurm release string */
                release?: string;
                version?: {
                    /** @description Slurm release major version */
                    major?: string;
                    /** @description Slurm release micro version */
                    micro?: string;
                    /** @description Slurm release minor version */
                    minor?: string;
                };
            };
        };
        "v0.0.42_openapi_nodes_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description Time of last node change (UNIX timestamp) */
            last_update: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description List of nodes */
            nodes: components["schemas"]["v0.0.42_nodes"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_partition_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description Time of last partition change (UNIX timestamp) */
            last_update: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description List of partitions */
            partitions: components["schemas"]["v0.0.42_partition_info_msg"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_ping_array_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description pings */
            pings: components["schemas"]["v0.0.42_controller_ping_array"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_reservation_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description Time of last reservation change (UNIX timestamp) */
            last_update: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description List of reservations */
            reservations: components["schemas"]["v0.0.42_reservation_info_msg"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_shares_resp": {
            /** @description Query errors */
            errors?: components["schemas"]["v0.0.42_openapi_errors"];
            /** @description Slurm meta values */
            meta?: components["schemas"]["v0.0.42_openapi_meta"];
            /** @description fairshare info */
            shares: components["schemas"]["v0.0.42_shares_resp_msg"];
            /** @description Query warnings */
            warnings?: components["schemas"]["v0.0.42_openapi_warnings"];
        };
        "v0.0.42_openapi_warning": {
            /** @description Long form warning description */
            description?: string;
            /** @description Source of warning or where warning was first detected */
            source?: string;
        };
        "v0.0.42_openapi_warnings": components["schemas"]["v0.0.42_openapi_warning"][];
        "v0.0.42_oversubscribe_flags": "force"[];
        "v0.0.42_part_prio": {
            /** @description Partition name */
            partition?: string;
            /**
             * Format: int32
             * @description Prospective job priority if it runs in this partition
             */
            priority?: number;
        };
        "v0.0.42_partition_info": {
            accounts?: {
                /** @description AllowAccounts */
                allowed?: string;
                /** @description DenyAccounts */
                deny?: string;
            };
            /** @description Alternate */
            alternate?: string;
            /** @description Cluster name */
            cluster?: string;
            cpus?: {
                /**
                 * Format: int32
                 * @description CpuBind
                 */
                task_binding?: number;
                /**
                 * Format: int32
                 * @description TotalCPUs
                 */
                total?: number;
            };
            defaults?: {
                /** @description JobDefaults */
                job?: string;
                /**
                 * Format: int64
                 * @description DefMemPerCPU or DefMemPerNode
                 */
                memory_per_cpu?: number;
                /** @description DefMemPerCPU */
                partition_memory_per_cpu?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description DefMemPerNode */
                partition_memory_per_node?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description DefaultTime in minutes */
                time?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            };
            /**
             * Format: int32
             * @description GraceTime
             */
            grace_time?: number;
            groups?: {
                /** @description AllowGroups */
                allowed?: string;
            };
            maximums?: {
                /** @description MaxCPUsPerNode */
                cpus_per_node?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
                /** @description MaxCPUsPerSocket */
                cpus_per_socket?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
                /**
                 * Format: int64
                 * @description MaxMemPerCPU or MaxMemPerNode
                 */
                memory_per_cpu?: number;
                /** @description MaxNodes */
                nodes?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
                /** @description OverTimeLimit */
                over_time_limit?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
                oversubscribe?: {
                    /** @description Flags applicable to the OverSubscribe setting */
                    flags?: components["schemas"]["v0.0.42_oversubscribe_flags"];
                    /**
                     * Format: int32
                     * @description Maximum number of jobs allowed to oversubscribe resources
                     */
                    jobs?: number;
                };
                /** @description MaxMemPerCPU */
                partition_memory_per_cpu?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /** @description MaxMemPerNode */
                partition_memory_per_node?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
                /**
                 * Format: int32
                 * @description OverSubscribe
                 */
                shares?: number;
                /** @description MaxTime */
                time?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            };
            minimums?: {
                /**
                 * Format: int32
                 * @description MinNodes
                 */
                nodes?: number;
            };
            /** @description PartitionName */
            name?: string;
            /** @description NodeSets */
            node_sets?: string;
            nodes?: {
                /** @description AllocNodes */
                allowed_allocation?: string;
                /** @description Nodes */
                configured?: string;
                /**
                 * Format: int32
                 * @description TotalNodes
                 */
                total?: number;
            };
            partition?: {
                /** @description Current state(s) */
                state?: components["schemas"]["v0.0.42_partition_states"];
            };
            priority?: {
                /**
                 * Format: int32
                 * @description PriorityJobFactor
                 */
                job_factor?: number;
                /**
                 * Format: int32
                 * @description PriorityTier
                 */
                tier?: number;
            };
            qos?: {
                /** @description AllowQOS */
                allowed?: string;
                /** @description QOS */
                assigned?: string;
                /** @description DenyQOS */
                deny?: string;
            };
            /** @description Scheduler consumable resource selection type */
            select_type?: components["schemas"]["v0.0.42_cr_type"];
            /** @description SuspendTime (GLOBAL if both set and infinite are false) */
            suspend_time?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            timeouts?: {
                /** @description ResumeTimeout (GLOBAL if both set and infinite are false) */
                resume?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
                /** @description SuspendTimeout (GLOBAL if both set and infinite are false) */
                suspend?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
            };
            tres?: {
                /** @description TRESBillingWeights */
                billing_weights?: string;
                /** @description TRES */
                configured?: string;
            };
        };
        "v0.0.42_partition_info_msg": components["schemas"]["v0.0.42_partition_info"][];
        "v0.0.42_partition_states": ("INACTIVE" | "UNKNOWN" | "UP" | "DOWN" | "DRAIN")[];
        "v0.0.42_priority_by_partition": components["schemas"]["v0.0.42_part_prio"][];
        "v0.0.42_process_exit_code_status": ("INVALID" | "PENDING" | "SUCCESS" | "ERROR" | "SIGNALED" | "CORE_DUMPED")[];
        "v0.0.42_process_exit_code_verbose": {
            /** @description Process return code (numeric) */
            return_code?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            signal?: {
                /** @description Signal sent to process (numeric) */
                id?: components["schemas"]["v0.0.42_uint16_no_val_struct"];
                /** @description Signal sent to process (name) */
                name?: string;
            };
            /** @description Status given by return code */
            status?: components["schemas"]["v0.0.42_process_exit_code_status"];
        };
        "v0.0.42_reservation_core_spec": {
            /** @description IDs of reserved cores */
            core?: string;
            /** @description Name of reserved node */
            node?: string;
        };
        "v0.0.42_reservation_flags": ("MAINT" | "NO_MAINT" | "DAILY" | "NO_DAILY" | "WEEKLY" | "NO_WEEKLY" | "IGNORE_JOBS" | "NO_IGNORE_JOBS" | "ANY_NODES" | "STATIC" | "NO_STATIC" | "PART_NODES" | "NO_PART_NODES" | "OVERLAP" | "SPEC_NODES" | "TIME_FLOAT" | "REPLACE" | "ALL_NODES" | "PURGE_COMP" | "WEEKDAY" | "NO_WEEKDAY" | "WEEKEND" | "NO_WEEKEND" | "FLEX" | "NO_FLEX" | "DURATION_PLUS" | "DURATION_MINUS" | "NO_HOLD_JOBS_AFTER_END" | "NO_PURGE_COMP" | "MAGNETIC" | "SKIP" | "HOURLY" | "NO_HOURLY" | "USER_DELETE" | "NO_USER_DELETE" | "REOCCURRING")[];
        "v0.0.42_reservation_info": {
            /** @description Comma separated list of permitted accounts */
            accounts?: string;
            /** @description BurstBuffer */
            burst_buffer?: string;
            /**
             * Format: int32
             * @description CoreCnt
             */
            core_count?: number;
            /** @description Reserved cores specification */
            core_specializations?: components["schemas"]["v0.0.42_reservation_info_core_spec"];
            /** @description EndTime (UNIX timestamp) */
            end_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Features */
            features?: string;
            /** @description Flags associated with this reservation */
            flags?: components["schemas"]["v0.0.42_reservation_flags"];
            /** @description Groups */
            groups?: string;
            /** @description Licenses */
            licenses?: string;
            /**
             * Format: int32
             * @description MaxStartDelay in seconds
             */
            max_start_delay?: number;
            /** @description ReservationName */
            name?: string;
            /**
             * Format: int32
             * @description NodeCnt
             */
            node_count?: number;
            /** @description Nodes */
            node_list?: string;
            /** @description PartitionName */
            partition?: string;
            purge_completed?: {
                /** @description If PURGE_COMP flag is set, the number of seconds this reservation will sit idle until it is revoked */
                time?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            };
            /** @description StartTime (UNIX timestamp) */
            start_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Comma separated list of required TRES */
            tres?: string;
            /** @description Comma separated list of permitted users */
            users?: string;
            /**
             * @deprecated
             * @description 32 bit integer number with flags
             */
            watts?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
        };
        "v0.0.42_reservation_info_core_spec": components["schemas"]["v0.0.42_reservation_core_spec"][];
        "v0.0.42_reservation_info_msg": components["schemas"]["v0.0.42_reservation_info"][];
        "v0.0.42_schedule_exit_fields": {
            /**
             * Format: int32
             * @description Reached number of jobs allowed to be tested
             */
            default_queue_depth?: number;
            /**
             * Format: int32
             * @description Reached end of queue
             */
            end_job_queue?: number;
            /**
             * Format: int32
             * @description Blocked on licenses
             */
            licenses?: number;
            /**
             * Format: int32
             * @description Reached number of jobs allowed to start
             */
            max_job_start?: number;
            /**
             * Format: int32
             * @description Reached RPC limit
             */
            max_rpc_cnt?: number;
            /**
             * Format: int32
             * @description Reached maximum allowed scheduler time
             */
            max_sched_time?: number;
        };
        "v0.0.42_shares_float128_tres": {
            /** @description TRES name */
            name?: string;
            /** @description TRES value */
            value?: number;
        };
        "v0.0.42_shares_float128_tres_list": components["schemas"]["v0.0.42_shares_float128_tres"][];
        "v0.0.42_shares_resp_msg": {
            /** @description Association shares */
            shares?: components["schemas"]["v0.0.42_assoc_shares_obj_list"];
            /**
             * Format: int64
             * @description Total number of shares
             */
            total_shares?: number;
        };
        "v0.0.42_shares_uint64_tres": {
            /** @description TRES name */
            name?: string;
            /** @description TRES value */
            value?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
        };
        "v0.0.42_shares_uint64_tres_list": components["schemas"]["v0.0.42_shares_uint64_tres"][];
        "v0.0.42_stats_msg": {
            /**
             * Format: int32
             * @description Number of agent threads
             */
            agent_count?: number;
            /**
             * Format: int32
             * @description Number of enqueued outgoing RPC requests in an internal retry list
             */
            agent_queue_size?: number;
            /**
             * Format: int32
             * @description Total number of active threads created by all agent threads
             */
            agent_thread_count?: number;
            /** @description Backfill scheduler currently running */
            bf_active?: boolean;
            /**
             * Format: int32
             * @description Number of heterogeneous job components started through backfilling since last Slurm start
             */
            bf_backfilled_het_jobs?: number;
            /**
             * Format: int32
             * @description Number of jobs started through backfilling since last slurm start
             */
            bf_backfilled_jobs?: number;
            /**
             * Format: int32
             * @description Number of backfill scheduling cycles since last reset
             */
            bf_cycle_counter?: number;
            /**
             * Format: int32
             * @description Execution time in microseconds of last backfill scheduling cycle
             */
            bf_cycle_last?: number;
            /**
             * Format: int32
             * @description Execution time in microseconds of longest backfill scheduling cycle
             */
            bf_cycle_max?: number;
            /**
             * Format: int64
             * @description Mean time in microseconds of backfilling scheduling cycles since last reset
             */
            bf_cycle_mean?: number;
            /**
             * Format: int64
             * @description Total time in microseconds of backfilling scheduling cycles since last reset
             */
            bf_cycle_sum?: number;
            /**
             * Format: int64
             * @description Mean number of eligible to run jobs processed during all backfilling scheduling cycles since last reset
             */
            bf_depth_mean?: number;
            /**
             * Format: int64
             * @description The subset of Depth Mean that the backfill scheduler attempted to schedule
             */
            bf_depth_mean_try?: number;
            /**
             * Format: int32
             * @description Total number of jobs processed during all backfilling scheduling cycles since last reset
             */
            bf_depth_sum?: number;
            /**
             * Format: int32
             * @description Subset of bf_depth_sum that the backfill scheduler attempted to schedule
             */
            bf_depth_try_sum?: number;
            /** @description Reasons for which the backfill scheduling cycle exited since last reset */
            bf_exit?: components["schemas"]["v0.0.42_bf_exit_fields"];
            /**
             * Format: int32
             * @description Number of jobs started through backfilling since last reset
             */
            bf_last_backfilled_jobs?: number;
            /**
             * Format: int32
             * @description Number of processed jobs during last backfilling scheduling cycle
             */
            bf_last_depth?: number;
            /**
             * Format: int32
             * @description Number of processed jobs during last backfilling scheduling cycle that had a chance to start using available resources
             */
            bf_last_depth_try?: number;
            /**
             * Format: int32
             * @description Number of jobs pending to be processed by backfilling algorithm
             */
            bf_queue_len?: number;
            /**
             * Format: int64
             * @description Mean number of jobs pending to be processed by backfilling algorithm
             */
            bf_queue_len_mean?: number;
            /**
             * Format: int32
             * @description Total number of jobs pending to be processed by backfilling algorithm since last reset
             */
            bf_queue_len_sum?: number;
            /**
             * Format: int32
             * @description Number of different time slots tested by the backfill scheduler in its last iteration
             */
            bf_table_size?: number;
            /**
             * Format: int64
             * @description Mean number of different time slots tested by the backfill scheduler
             */
            bf_table_size_mean?: number;
            /**
             * Format: int32
             * @description Total number of different time slots tested by the backfill scheduler
             */
            bf_table_size_sum?: number;
            /** @description When the last backfill scheduling cycle happened (UNIX timestamp) */
            bf_when_last_cycle?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Number of messages for SlurmDBD that are queued
             */
            dbd_agent_queue_size?: number;
            /**
             * Format: int32
             * @description Latency of 1000 calls to the gettimeofday() syscall in microseconds, as measured at controller startup
             */
            gettimeofday_latency?: number;
            /** @description When the job state counts were gathered (UNIX timestamp) */
            job_states_ts?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Number of jobs canceled since the last reset
             */
            jobs_canceled?: number;
            /**
             * Format: int32
             * @description Number of jobs completed since last reset
             */
            jobs_completed?: number;
            /**
             * Format: int32
             * @description Number of jobs failed due to slurmd or other internal issues since last reset
             */
            jobs_failed?: number;
            /**
             * Format: int32
             * @description Number of jobs pending at the time of listed in job_state_ts
             */
            jobs_pending?: number;
            /**
             * Format: int32
             * @description Number of jobs running at the time of listed in job_state_ts
             */
            jobs_running?: number;
            /**
             * Format: int32
             * @description Number of jobs started since last reset
             */
            jobs_started?: number;
            /**
             * Format: int32
             * @description Number of jobs submitted since last reset
             */
            jobs_submitted?: number;
            /**
             * Format: int32
             * @description Zero if only RPC statistic included
             */
            parts_packed?: number;
            /** @description Pending RPC statistics */
            pending_rpcs?: components["schemas"]["v0.0.42_stats_msg_rpcs_queue"];
            /** @description Pending RPCs hostlists */
            pending_rpcs_by_hostlist?: components["schemas"]["v0.0.42_stats_msg_rpcs_dump"];
            /** @description When the request was made (UNIX timestamp) */
            req_time?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description When the data in the report started (UNIX timestamp) */
            req_time_start?: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /** @description Most frequently issued remote procedure calls (RPCs) */
            rpcs_by_message_type?: components["schemas"]["v0.0.42_stats_msg_rpcs_by_type"];
            /** @description RPCs issued by user ID */
            rpcs_by_user?: components["schemas"]["v0.0.42_stats_msg_rpcs_by_user"];
            /**
             * Format: int32
             * @description Total number of jobs processed in scheduling cycles
             */
            schedule_cycle_depth?: number;
            /**
             * Format: int32
             * @description Time in microseconds for last scheduling cycle
             */
            schedule_cycle_last?: number;
            /**
             * Format: int32
             * @description Max time of any scheduling cycle in microseconds since last reset
             */
            schedule_cycle_max?: number;
            /**
             * Format: int64
             * @description Mean time in microseconds for all scheduling cycles since last reset
             */
            schedule_cycle_mean?: number;
            /**
             * Format: int64
             * @description Mean of the number of jobs processed in a scheduling cycle
             */
            schedule_cycle_mean_depth?: number;
            /**
             * Format: int64
             * @description Number of scheduling executions per minute
             */
            schedule_cycle_per_minute?: number;
            /**
             * Format: int32
             * @description Total run time in microseconds for all scheduling cycles since last reset
             */
            schedule_cycle_sum?: number;
            /**
             * Format: int32
             * @description Number of scheduling cycles since last reset
             */
            schedule_cycle_total?: number;
            /** @description Reasons for which the scheduling cycle exited since last reset */
            schedule_exit?: components["schemas"]["v0.0.42_schedule_exit_fields"];
            /**
             * Format: int32
             * @description Number of jobs pending in queue
             */
            schedule_queue_length?: number;
            /**
             * Format: int32
             * @description Number of current active slurmctld threads
             */
            server_thread_count?: number;
        };
        "v0.0.42_stats_msg_rpc_dump": {
            /** @description Number of RPCs received */
            count: components["schemas"]["v0.0.42_hostlist_string"];
            /** @description Message type as string */
            message_type: string;
            /**
             * Format: int32
             * @description Message type as integer
             */
            type_id: number;
        };
        "v0.0.42_stats_msg_rpc_queue": {
            /**
             * Format: int32
             * @description Number of pending RPCs queued
             */
            count: number;
            /** @description Message type as string */
            message_type: string;
            /**
             * Format: int32
             * @description Message type as integer
             */
            type_id: number;
        };
        "v0.0.42_stats_msg_rpc_type": {
            /** @description Average time spent processing RPC in seconds */
            average_time: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Number of RPCs received
             */
            count: number;
            /**
             * Format: int32
             * @description Number of RPCs processed within the last RPC queue cycle
             */
            cycle_last: number;
            /**
             * Format: int32
             * @description Maximum number of RPCs processed within a RPC queue cycle since start
             */
            cycle_max: number;
            /**
             * Format: int64
             * @description Number of RPCs dropped
             */
            dropped: number;
            /** @description Message type as string */
            message_type: string;
            /**
             * Format: int32
             * @description Number of RPCs queued
             */
            queued: number;
            /**
             * Format: int64
             * @description Total time spent processing RPC in seconds
             */
            total_time: number;
            /**
             * Format: int32
             * @description Message type as integer
             */
            type_id: number;
        };
        "v0.0.42_stats_msg_rpc_user": {
            /** @description Average time spent processing RPC in seconds */
            average_time: components["schemas"]["v0.0.42_uint64_no_val_struct"];
            /**
             * Format: int32
             * @description Number of RPCs received
             */
            count: number;
            /**
             * Format: int64
             * @description Total time spent processing RPC in seconds
             */
            total_time: number;
            /** @description User name */
            user: string;
            /**
             * Format: int32
             * @description User ID (numeric)
             */
            user_id: number;
        };
        /** @description RPCs by type */
        "v0.0.42_stats_msg_rpcs_by_type": components["schemas"]["v0.0.42_stats_msg_rpc_type"][];
        /** @description RPCs by user */
        "v0.0.42_stats_msg_rpcs_by_user": components["schemas"]["v0.0.42_stats_msg_rpc_user"][];
        /** @description Pending RPCs by hostlist */
        "v0.0.42_stats_msg_rpcs_dump": components["schemas"]["v0.0.42_stats_msg_rpc_dump"][];
        /** @description Pending RPCs */
        "v0.0.42_stats_msg_rpcs_queue": components["schemas"]["v0.0.42_stats_msg_rpc_queue"][];
        "v0.0.42_string_array": string[];
        "v0.0.42_uint16_no_val_struct": {
            /** @description True if number has been set to infinite; "set" and "number" will be ignored */
            infinite?: boolean;
            /**
             * Format: int32
             * @description If "set" is True the number will be set with value; otherwise ignore number contents
             */
            number?: number;
            /** @description True if number has been set; False if number is unset */
            set?: boolean;
        };
        "v0.0.42_uint32_no_val_struct": {
            /** @description True if number has been set to infinite; "set" and "number" will be ignored */
            infinite?: boolean;
            /**
             * Format: int32
             * @description If "set" is True the number will be set with value; otherwise ignore number contents
             */
            number?: number;
            /** @description True if number has been set; False if number is unset */
            set?: boolean;
        };
        "v0.0.42_uint64_no_val_struct": {
            /** @description True if number has been set to infinite; "set" and "number" will be ignored */
            infinite?: boolean;
            /**
             * Format: int64
             * @description If "set" is True the number will be set with value; otherwise ignore number contents
             */
            number?: number;
            /** @description True if number has been set; False if number is unset */
            set?: boolean;
        };
        "v0.0.42_update_node_msg": {
            /** @description NodeAddr, used to establish a communication path */
            address?: components["schemas"]["v0.0.42_hostlist_string"];
            /** @description Arbitrary comment */
            comment?: string;
            /**
             * Format: int32
             * @description Default method for binding tasks to allocated CPUs
             */
            cpu_bind?: number;
            /** @description Arbitrary string used for node filtering if extra constraints are enabled */
            extra?: string;
            /** @description Available features */
            features?: components["schemas"]["v0.0.42_csv_string"];
            /** @description Currently active features */
            features_act?: components["schemas"]["v0.0.42_csv_string"];
            /** @description Generic resources */
            gres?: string;
            /** @description NodeHostname */
            hostname?: components["schemas"]["v0.0.42_hostlist_string"];
            /** @description NodeName */
            name?: components["schemas"]["v0.0.42_hostlist_string"];
            /** @description Reason for node being DOWN or DRAINING */
            reason?: string;
            /** @description User ID to associate with the reason (needed if user root is sending message) */
            reason_uid?: string;
            /** @description Number of seconds after which to automatically resume DOWN or DRAINED node */
            resume_after?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
            /** @description New state to assign to the node */
            state?: components["schemas"]["v0.0.42_node_states"];
            /** @description Weight of the node for scheduling purposes */
            weight?: components["schemas"]["v0.0.42_uint32_no_val_struct"];
        };
        "v0.0.42_warn_flags": ("BATCH_JOB" | "ARRAY_TASK" | "FULL_STEPS_ONLY" | "FULL_JOB" | "FEDERATION_REQUEUE" | "HURRY" | "OUT_OF_MEMORY" | "NO_SIBLING_JOBS" | "RESERVATION_JOB" | "VERBOSE" | "CRON_JOBS" | "WARNING_SENT")[];
        "v0.0.42_x11_flags": ("FORWARD_ALL_NODES" | "BATCH_NODE" | "FIRST_NODE" | "LAST_NODE")[];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    slurm_v0040_get_diag: {
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
                    "application/json": components["schemas"]["v0.0.40_openapi_diag_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_diag_resp"];
                };
            };
            /** @description diagnostic results */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_diag_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_diag_resp"];
                };
            };
        };
    };
    slurm_v0040_get_job: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter jobs since update timestamp */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Job ID */
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
                    "application/json": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                };
            };
            /** @description job(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0040_post_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        /** @description Job update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.40_job_desc_msg"];
                "application/yaml": components["schemas"]["v0.0.40_job_desc_msg"];
            };
        };
        responses: {
            /** @description job update result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_job_post_response"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_job_post_response"];
                };
            };
            /** @description job update result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_job_post_response"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_job_post_response"];
                };
            };
        };
    };
    slurm_v0040_delete_job: {
        parameters: {
            query?: {
                /** @description Signalling flags */
                flags?: "BATCH_JOB" | "ARRAY_TASK" | "FULL_STEPS_ONLY" | "FULL_JOB" | "FEDERATION_REQUEUE" | "HURRY" | "OUT_OF_MEMORY" | "NO_SIBLING_JOBS" | "RESERVATION_JOB" | "NO_CRON_JOBS" | "VERBOSE" | "CRON_JOBS" | "WARNING_SENT";
                /** @description Signal to send to Job */
                signal?: string;
            };
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job signal result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_resp"];
                };
            };
            /** @description job signal result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_resp"];
                };
            };
        };
    };
    slurm_v0040_post_job_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Job description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.40_job_submit_req"];
                "application/yaml": components["schemas"]["v0.0.40_job_submit_req"];
            };
        };
        responses: {
            /** @description job submission response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_job_submit_response"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_job_submit_response"];
                };
            };
            /** @description job submission response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_job_submit_response"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_job_submit_response"];
                };
            };
        };
    };
    slurm_v0040_get_jobs: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter jobs since update timestamp */
                update_time?: string;
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
                    "application/json": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                };
            };
            /** @description job(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0040_delete_jobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Signal or cancel jobs */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.40_kill_jobs_msg"];
                "application/yaml": components["schemas"]["v0.0.40_kill_jobs_msg"];
            };
        };
        responses: {
            /** @description description of jobs to signal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_kill_jobs_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_kill_jobs_resp"];
                };
            };
            /** @description description of jobs to signal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_kill_jobs_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_kill_jobs_resp"];
                };
            };
        };
    };
    slurm_v0040_get_jobs_state: {
        parameters: {
            query?: {
                /** @description Search for CSV list of Job IDs */
                job_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job(s) state information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                };
            };
            /** @description job(s) state information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0040_get_licenses: {
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
                    "application/json": components["schemas"]["v0.0.40_openapi_licenses_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_licenses_resp"];
                };
            };
            /** @description results of get all licenses */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_licenses_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_licenses_resp"];
                };
            };
        };
    };
    slurm_v0040_get_node: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter jobs since update timestamp */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Node name */
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
                    "application/json": components["schemas"]["v0.0.40_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_nodes_resp"];
                };
            };
            /** @description node information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_nodes_resp"];
                };
            };
        };
    };
    slurm_v0040_post_node: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Node name */
                node_name: string;
            };
            cookie?: never;
        };
        /** @description Node update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.40_update_node_msg"];
                "application/yaml": components["schemas"]["v0.0.40_update_node_msg"];
            };
        };
        responses: {
            /** @description node update request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_resp"];
                };
            };
            /** @description node update request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_resp"];
                };
            };
        };
    };
    slurm_v0040_delete_node: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Node name */
                node_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node delete request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_resp"];
                };
            };
            /** @description node delete request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_resp"];
                };
            };
        };
    };
    slurm_v0040_get_nodes: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter jobs since update timestamp */
                update_time?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node(s) information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_nodes_resp"];
                };
            };
            /** @description node(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_nodes_resp"];
                };
            };
        };
    };
    slurm_v0040_post_nodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Nodelist update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.40_update_node_msg"];
                "application/yaml": components["schemas"]["v0.0.40_update_node_msg"];
            };
        };
        responses: {
            /** @description batch node update request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_resp"];
                };
            };
            /** @description batch node update request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_resp"];
                };
            };
        };
    };
    slurm_v0040_get_partition: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter partitions since update timestamp */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Partition name */
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
                    "application/json": components["schemas"]["v0.0.40_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_partition_resp"];
                };
            };
            /** @description partition information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_partition_resp"];
                };
            };
        };
    };
    slurm_v0040_get_partitions: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter partitions since update timestamp */
                update_time?: string;
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
                    "application/json": components["schemas"]["v0.0.40_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_partition_resp"];
                };
            };
            /** @description partition information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_partition_resp"];
                };
            };
        };
    };
    slurm_v0040_get_ping: {
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
                    "application/json": components["schemas"]["v0.0.40_openapi_ping_array_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_ping_array_resp"];
                };
            };
            /** @description results of ping test */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_ping_array_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_ping_array_resp"];
                };
            };
        };
    };
    slurm_v0040_get_reconfigure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reconfigure request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_resp"];
                };
            };
            /** @description reconfigure request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_resp"];
                };
            };
        };
    };
    slurm_v0040_get_reservation: {
        parameters: {
            query?: {
                /** @description Filter reservations since update timestamp */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Reservation name */
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
                    "application/json": components["schemas"]["v0.0.40_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_reservation_resp"];
                };
            };
            /** @description reservation information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_reservation_resp"];
                };
            };
        };
    };
    slurm_v0040_get_reservations: {
        parameters: {
            query?: {
                /** @description Filter reservations since update timestamp */
                update_time?: string;
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
                    "application/json": components["schemas"]["v0.0.40_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_reservation_resp"];
                };
            };
            /** @description reservation information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_reservation_resp"];
                };
            };
        };
    };
    slurm_v0040_get_shares: {
        parameters: {
            query?: {
                /** @description Accounts to query */
                accounts?: string;
                /** @description Users to query */
                users?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description shares information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_shares_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_shares_resp"];
                };
            };
            /** @description shares information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.40_openapi_shares_resp"];
                    "application/yaml": components["schemas"]["v0.0.40_openapi_shares_resp"];
                };
            };
        };
    };
    slurm_v0041_get_diag: {
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
                    "application/json": components["schemas"]["v0.0.41_openapi_diag_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_diag_resp"];
                };
            };
            /** @description diagnostic results */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_diag_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_diag_resp"];
                };
            };
        };
    };
    slurm_v0041_get_job: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter jobs since update timestamp */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Job ID */
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
                    "application/json": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                };
            };
            /** @description job(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0041_post_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        /** @description Job update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.41_job_desc_msg"];
                "application/yaml": components["schemas"]["v0.0.41_job_desc_msg"];
            };
        };
        responses: {
            /** @description job update result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_job_post_response"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_post_response"];
                };
            };
            /** @description job update result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_job_post_response"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_post_response"];
                };
            };
        };
    };
    slurm_v0041_delete_job: {
        parameters: {
            query?: {
                /** @description Signalling flags */
                flags?: "BATCH_JOB" | "ARRAY_TASK" | "FULL_STEPS_ONLY" | "FULL_JOB" | "FEDERATION_REQUEUE" | "HURRY" | "OUT_OF_MEMORY" | "NO_SIBLING_JOBS" | "RESERVATION_JOB" | "VERBOSE" | "CRON_JOBS" | "WARNING_SENT";
                /** @description Signal to send to Job */
                signal?: string;
            };
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job signal result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_resp"];
                };
            };
            /** @description job signal result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_resp"];
                };
            };
        };
    };
    slurm_v0041_post_job_allocate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Job allocation description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.41_job_alloc_req"];
                "application/yaml": components["schemas"]["v0.0.41_job_alloc_req"];
            };
        };
        responses: {
            /** @description job allocation response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_job_alloc_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_alloc_resp"];
                };
            };
            /** @description job allocation response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_job_alloc_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_alloc_resp"];
                };
            };
        };
    };
    slurm_v0041_post_job_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Job description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.41_job_submit_req"];
                "application/yaml": components["schemas"]["v0.0.41_job_submit_req"];
            };
        };
        responses: {
            /** @description job submission response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_job_submit_response"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_submit_response"];
                };
            };
            /** @description job submission response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_job_submit_response"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_submit_response"];
                };
            };
        };
    };
    slurm_v0041_get_jobs: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter jobs since update timestamp */
                update_time?: string;
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
                    "application/json": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                };
            };
            /** @description job(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0041_delete_jobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Signal or cancel jobs */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.41_kill_jobs_msg"];
                "application/yaml": components["schemas"]["v0.0.41_kill_jobs_msg"];
            };
        };
        responses: {
            /** @description description of jobs to signal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_kill_jobs_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_kill_jobs_resp"];
                };
            };
            /** @description description of jobs to signal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_kill_jobs_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_kill_jobs_resp"];
                };
            };
        };
    };
    slurm_v0041_get_jobs_state: {
        parameters: {
            query?: {
                /** @description Search for CSV list of Job IDs */
                job_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job(s) state information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                };
            };
            /** @description job(s) state information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0041_get_licenses: {
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
                    "application/json": components["schemas"]["v0.0.41_openapi_licenses_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_licenses_resp"];
                };
            };
            /** @description results of get all licenses */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_licenses_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_licenses_resp"];
                };
            };
        };
    };
    slurm_v0041_get_node: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter jobs since update timestamp */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Node name */
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
                    "application/json": components["schemas"]["v0.0.41_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_nodes_resp"];
                };
            };
            /** @description node information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_nodes_resp"];
                };
            };
        };
    };
    slurm_v0041_post_node: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Node name */
                node_name: string;
            };
            cookie?: never;
        };
        /** @description Node update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.41_update_node_msg"];
                "application/yaml": components["schemas"]["v0.0.41_update_node_msg"];
            };
        };
        responses: {
            /** @description node update request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_resp"];
                };
            };
            /** @description node update request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_resp"];
                };
            };
        };
    };
    slurm_v0041_delete_node: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Node name */
                node_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node delete request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_resp"];
                };
            };
            /** @description node delete request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_resp"];
                };
            };
        };
    };
    slurm_v0041_get_nodes: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter jobs since update timestamp */
                update_time?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node(s) information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_nodes_resp"];
                };
            };
            /** @description node(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_nodes_resp"];
                };
            };
        };
    };
    slurm_v0041_post_nodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Nodelist update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.41_update_node_msg"];
                "application/yaml": components["schemas"]["v0.0.41_update_node_msg"];
            };
        };
        responses: {
            /** @description batch node update request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_resp"];
                };
            };
            /** @description batch node update request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_resp"];
                };
            };
        };
    };
    slurm_v0041_get_partition: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter partitions since update timestamp */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Partition name */
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
                    "application/json": components["schemas"]["v0.0.41_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_partition_resp"];
                };
            };
            /** @description partition information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_partition_resp"];
                };
            };
        };
    };
    slurm_v0041_get_partitions: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Filter partitions since update timestamp */
                update_time?: string;
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
                    "application/json": components["schemas"]["v0.0.41_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_partition_resp"];
                };
            };
            /** @description partition information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_partition_resp"];
                };
            };
        };
    };
    slurm_v0041_get_ping: {
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
                    "application/json": components["schemas"]["v0.0.41_openapi_ping_array_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_ping_array_resp"];
                };
            };
            /** @description results of ping test */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_ping_array_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_ping_array_resp"];
                };
            };
        };
    };
    slurm_v0041_get_reconfigure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reconfigure request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_resp"];
                };
            };
            /** @description reconfigure request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_resp"];
                };
            };
        };
    };
    slurm_v0041_get_reservation: {
        parameters: {
            query?: {
                /** @description Filter reservations since update timestamp */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Reservation name */
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
                    "application/json": components["schemas"]["v0.0.41_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_reservation_resp"];
                };
            };
            /** @description reservation information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_reservation_resp"];
                };
            };
        };
    };
    slurm_v0041_get_reservations: {
        parameters: {
            query?: {
                /** @description Filter reservations since update timestamp */
                update_time?: string;
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
                    "application/json": components["schemas"]["v0.0.41_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_reservation_resp"];
                };
            };
            /** @description reservation information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_reservation_resp"];
                };
            };
        };
    };
    slurm_v0041_get_shares: {
        parameters: {
            query?: {
                /** @description Accounts to query */
                accounts?: string;
                /** @description Users to query */
                users?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description shares information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_shares_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_shares_resp"];
                };
            };
            /** @description shares information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.41_openapi_shares_resp"];
                    "application/yaml": components["schemas"]["v0.0.41_openapi_shares_resp"];
                };
            };
        };
    };
    slurm_v0042_get_diag: {
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
                    "application/json": components["schemas"]["v0.0.42_openapi_diag_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_diag_resp"];
                };
            };
            /** @description diagnostic results */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_diag_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_diag_resp"];
                };
            };
        };
    };
    slurm_v0042_get_job: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Query jobs updated more recently than this time (UNIX timestamp) */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Job ID */
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
                    "application/json": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                };
            };
            /** @description job(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0042_post_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        /** @description Job update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.42_job_desc_msg"];
                "application/yaml": components["schemas"]["v0.0.42_job_desc_msg"];
            };
        };
        responses: {
            /** @description job update result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_job_post_response"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_post_response"];
                };
            };
            /** @description job update result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_job_post_response"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_post_response"];
                };
            };
        };
    };
    slurm_v0042_delete_job: {
        parameters: {
            query?: {
                /** @description Signalling flags */
                flags?: "BATCH_JOB" | "ARRAY_TASK" | "FULL_STEPS_ONLY" | "FULL_JOB" | "FEDERATION_REQUEUE" | "HURRY" | "OUT_OF_MEMORY" | "NO_SIBLING_JOBS" | "RESERVATION_JOB" | "VERBOSE" | "CRON_JOBS" | "WARNING_SENT";
                /** @description Signal to send to Job */
                signal?: string;
            };
            header?: never;
            path: {
                /** @description Job ID */
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job signal result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_kill_job_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_kill_job_resp"];
                };
            };
            /** @description job signal result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_kill_job_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_kill_job_resp"];
                };
            };
        };
    };
    slurm_v0042_post_job_allocate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Job allocation description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.42_job_alloc_req"];
                "application/yaml": components["schemas"]["v0.0.42_job_alloc_req"];
            };
        };
        responses: {
            /** @description job allocation response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_job_alloc_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_alloc_resp"];
                };
            };
            /** @description job allocation response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_job_alloc_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_alloc_resp"];
                };
            };
        };
    };
    slurm_v0042_post_job_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Job description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.42_job_submit_req"];
                "application/yaml": components["schemas"]["v0.0.42_job_submit_req"];
            };
        };
        responses: {
            /** @description job submission response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_job_submit_response"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_submit_response"];
                };
            };
            /** @description job submission response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_job_submit_response"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_submit_response"];
                };
            };
        };
    };
    slurm_v0042_get_jobs: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Query jobs updated more recently than this time (UNIX timestamp) */
                update_time?: string;
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
                    "application/json": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                };
            };
            /** @description job(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0042_delete_jobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Signal or cancel jobs */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.42_kill_jobs_msg"];
                "application/yaml": components["schemas"]["v0.0.42_kill_jobs_msg"];
            };
        };
        responses: {
            /** @description description of jobs to signal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_kill_jobs_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_kill_jobs_resp"];
                };
            };
            /** @description description of jobs to signal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_kill_jobs_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_kill_jobs_resp"];
                };
            };
        };
    };
    slurm_v0042_get_jobs_state: {
        parameters: {
            query?: {
                /** @description CSV list of Job IDs to search for */
                job_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description job(s) state information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                };
            };
            /** @description job(s) state information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_job_info_resp"];
                };
            };
        };
    };
    slurm_v0042_get_licenses: {
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
                    "application/json": components["schemas"]["v0.0.42_openapi_licenses_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_licenses_resp"];
                };
            };
            /** @description results of get all licenses */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_licenses_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_licenses_resp"];
                };
            };
        };
    };
    slurm_v0042_get_node: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Query jobs updated more recently than this time (UNIX timestamp) */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Node name */
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
                    "application/json": components["schemas"]["v0.0.42_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_nodes_resp"];
                };
            };
            /** @description node information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_nodes_resp"];
                };
            };
        };
    };
    slurm_v0042_post_node: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Node name */
                node_name: string;
            };
            cookie?: never;
        };
        /** @description Node update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.42_update_node_msg"];
                "application/yaml": components["schemas"]["v0.0.42_update_node_msg"];
            };
        };
        responses: {
            /** @description node update request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_resp"];
                };
            };
            /** @description node update request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_resp"];
                };
            };
        };
    };
    slurm_v0042_delete_node: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Node name */
                node_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node delete request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_resp"];
                };
            };
            /** @description node delete request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_resp"];
                };
            };
        };
    };
    slurm_v0042_get_nodes: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Query jobs updated more recently than this time (UNIX timestamp) */
                update_time?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description node(s) information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_nodes_resp"];
                };
            };
            /** @description node(s) information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_nodes_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_nodes_resp"];
                };
            };
        };
    };
    slurm_v0042_post_nodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Nodelist update description */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["v0.0.42_update_node_msg"];
                "application/yaml": components["schemas"]["v0.0.42_update_node_msg"];
            };
        };
        responses: {
            /** @description batch node update request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_resp"];
                };
            };
            /** @description batch node update request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_resp"];
                };
            };
        };
    };
    slurm_v0042_get_partition: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Query partitions updated more recently than this time (UNIX timestamp) */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Partition name */
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
                    "application/json": components["schemas"]["v0.0.42_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_partition_resp"];
                };
            };
            /** @description partition information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_partition_resp"];
                };
            };
        };
    };
    slurm_v0042_get_partitions: {
        parameters: {
            query?: {
                /** @description Query flags */
                flags?: "ALL" | "DETAIL" | "MIXED" | "LOCAL" | "SIBLING" | "FEDERATION" | "FUTURE";
                /** @description Query partitions updated more recently than this time (UNIX timestamp) */
                update_time?: string;
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
                    "application/json": components["schemas"]["v0.0.42_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_partition_resp"];
                };
            };
            /** @description partition information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_partition_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_partition_resp"];
                };
            };
        };
    };
    slurm_v0042_get_ping: {
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
                    "application/json": components["schemas"]["v0.0.42_openapi_ping_array_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_ping_array_resp"];
                };
            };
            /** @description results of ping test */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_ping_array_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_ping_array_resp"];
                };
            };
        };
    };
    slurm_v0042_get_reconfigure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description reconfigure request result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_resp"];
                };
            };
            /** @description reconfigure request result */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_resp"];
                };
            };
        };
    };
    slurm_v0042_get_reservation: {
        parameters: {
            query?: {
                /** @description Query reservations updated more recently than this time (UNIX timestamp) */
                update_time?: string;
            };
            header?: never;
            path: {
                /** @description Reservation name */
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
                    "application/json": components["schemas"]["v0.0.42_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_reservation_resp"];
                };
            };
            /** @description reservation information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_reservation_resp"];
                };
            };
        };
    };
    slurm_v0042_get_reservations: {
        parameters: {
            query?: {
                /** @description Query reservations updated more recently than this time (UNIX timestamp) */
                update_time?: string;
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
                    "application/json": components["schemas"]["v0.0.42_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_reservation_resp"];
                };
            };
            /** @description reservation information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_reservation_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_reservation_resp"];
                };
            };
        };
    };
    slurm_v0042_get_shares: {
        parameters: {
            query?: {
                /** @description Accounts to query */
                accounts?: string;
                /** @description Users to query */
                users?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description shares information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_shares_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_shares_resp"];
                };
            };
            /** @description shares information */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["v0.0.42_openapi_shares_resp"];
                    "application/yaml": components["schemas"]["v0.0.42_openapi_shares_resp"];
                };
            };
        };
    };
}
