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
    "/slurmdb/v0.0.38/account/{account_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get account info */
        get: operations["slurmdb_v0_0_38_get_account"];
        put?: never;
        post?: never;
        /** Delete account */
        delete: operations["slurmdb_v0_0_38_delete_account"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get account list */
        get: operations["slurmdb_v0_0_38_get_accounts"];
        put?: never;
        /** Update accounts */
        post: operations["slurmdb_v0_0_38_update_account"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/association": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get association info */
        get: operations["slurmdb_v0_0_38_get_association"];
        put?: never;
        post?: never;
        /** Delete association */
        delete: operations["slurmdb_v0_0_38_delete_association"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/associations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get association list */
        get: operations["slurmdb_v0_0_38_get_associations"];
        put?: never;
        /** Set associations info */
        post: operations["slurmdb_v0_0_38_update_associations"];
        /** Delete associations */
        delete: operations["slurmdb_v0_0_38_delete_associations"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/cluster/{cluster_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get cluster info */
        get: operations["slurmdb_v0_0_38_get_cluster"];
        put?: never;
        post?: never;
        /** Delete cluster */
        delete: operations["slurmdb_v0_0_38_delete_cluster"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/clusters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get cluster list */
        get: operations["slurmdb_v0_0_38_get_clusters"];
        put?: never;
        /** Add clusters */
        post: operations["slurmdb_v0_0_38_add_clusters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dump all configuration information */
        get: operations["slurmdb_v0_0_38_get_config"];
        put?: never;
        /** Load all configuration information */
        post: operations["slurmdb_v0_0_38_set_config"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/diag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get slurmdb diagnostics */
        get: operations["slurmdb_v0_0_38_diag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/job/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get job info
         * @description This endpoint may return multiple job entries since job_id is not a unique key - only the tuple (cluster, job_id, start_time) is unique. If the requested job_id is a component of a heterogeneous job all components are returned.
         */
        get: operations["slurmdb_v0_0_38_get_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get job list */
        get: operations["slurmdb_v0_0_38_get_jobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/qos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get QOS list */
        get: operations["slurmdb_v0_0_38_get_qos"];
        put?: never;
        /** Set QOS info */
        post: operations["slurmdb_v0_0_38_update_qos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/qos/{qos_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get QOS info */
        get: operations["slurmdb_v0_0_38_get_single_qos"];
        put?: never;
        post?: never;
        /** Delete QOS */
        delete: operations["slurmdb_v0_0_38_delete_qos"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/tres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get TRES info */
        get: operations["slurmdb_v0_0_38_get_tres"];
        put?: never;
        /** Set TRES info */
        post: operations["slurmdb_v0_0_38_update_tres"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/user/{user_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get user info */
        get: operations["slurmdb_v0_0_38_get_user"];
        put?: never;
        post?: never;
        /** Delete user */
        delete: operations["slurmdb_v0_0_38_delete_user"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get user list */
        get: operations["slurmdb_v0_0_38_get_users"];
        put?: never;
        /** Update user */
        post: operations["slurmdb_v0_0_38_update_users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/wckey/{wckey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get wckey info */
        get: operations["slurmdb_v0_0_38_get_wckey"];
        put?: never;
        post?: never;
        /** Delete wckey */
        delete: operations["slurmdb_v0_0_38_delete_wckey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/slurmdb/v0.0.38/wckeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get wckey list */
        get: operations["slurmdb_v0_0_38_get_wckeys"];
        put?: never;
        /** Add wckeys */
        post: operations["slurmdb_v0_0_38_add_wckeys"];
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
        /** @description Account description */
        "dbv0.0.38_account": {
            /** @description List of assigned associations */
            associations?: components["schemas"]["dbv0.0.38_association_short_info"][];
            /** @description List of assigned coordinators */
            coordinators?: components["schemas"]["dbv0.0.38_coordinator_info"][];
            /** @description Description of account */
            description?: string;
            /** @description List of properties of account */
            flags?: string[];
            /** @description Name of account */
            name?: string;
            /** @description Assigned organization of account */
            organization?: string;
        };
        "dbv0.0.38_account_info": {
            /** @description List of accounts */
            accounts?: components["schemas"]["dbv0.0.38_account"][];
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_account_response": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_accounting": {
            /** @description total seconds allocated */
            allocated?: number;
            /** @description association/wckey ID */
            id?: number;
            /** @description UNIX timestamp when accounting period started */
            start?: number;
            TRES?: components["schemas"]["dbv0.0.38_tres_list"];
        };
        /** @description Association description */
        "dbv0.0.38_association": {
            /** @description Assigned account */
            account?: string;
            /** @description Assigned cluster */
            cluster?: string;
            /** @description Default settings */
            default?: {
                /** @description Default QOS */
                qos?: string;
            };
            /** @description List of properties of association */
            flags?: string[];
            /** @description Max settings */
            max?: {
                /** @description Max jobs settings */
                jobs?: {
                    /** @description Max jobs per settings */
                    per?: {
                        /** @description Max wallclock per job */
                        wall_clock?: number;
                    };
                };
                /** @description Max per settings */
                per?: {
                    /** @description Max per accounting settings */
                    account?: {
                        /** @description Max wallclock per account */
                        wall_clock?: number;
                    };
                };
                /** @description Max TRES settings */
                tres?: {
                    /** @description Max TRES minutes settings */
                    minutes?: {
                        /** @description Max TRES minutes per settings */
                        per?: {
                            job?: components["schemas"]["dbv0.0.38_tres_list"];
                        };
                        total?: components["schemas"]["dbv0.0.38_tres_list"];
                    };
                    /** @description Max TRES per settings */
                    per?: {
                        job?: components["schemas"]["dbv0.0.38_tres_list"];
                        node?: components["schemas"]["dbv0.0.38_tres_list"];
                    };
                    total?: components["schemas"]["dbv0.0.38_tres_list"];
                };
            };
            /** @description Min settings */
            min?: {
                /** @description Min priority threshold */
                priority_threshold?: number;
            };
            /** @description Parent account name */
            parent_account?: string;
            /** @description Assigned partition */
            partition?: string;
            /** @description Assigned priority */
            priority?: number;
            /** @description Assigned QOS */
            QOS?: string[];
            /** @description Raw fairshare shares */
            shares_raw?: number;
            /** @description Association usage */
            usage?: {
                /** @description Jobs accuring priority */
                accrue_job_count?: number;
                /** @description Effective normalized usage */
                effective_normalized_usage?: number;
                /** @description Fairshare factor */
                fairshare_factor?: number;
                /** @description Fairshare level */
                fairshare_level?: number;
                /** @description Fairshare shares */
                fairshare_shares?: number;
                /** @description Group used wallclock time (s) */
                group_used_wallclock?: number;
                /** @description Total jobs submitted */
                job_count?: number;
                /** @description Currently active jobs */
                normalized_priority?: number;
                /** @description Normalized shares */
                normalized_shares?: number;
                /** @description Raw usage */
                raw_usage?: number;
            };
            /** @description Assigned user */
            user?: string;
        };
        "dbv0.0.38_association_short_info": {
            /** @description Account name */
            account?: string;
            /** @description Cluster name */
            cluster?: string;
            /** @description Partition name (optional) */
            partition?: string;
            /** @description User name */
            user?: string;
        };
        "dbv0.0.38_associations_info": {
            /** @description Array of associations */
            associations?: components["schemas"]["dbv0.0.38_association"][];
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_cluster_info": {
            /** @description Information about associations */
            associations?: {
                root?: components["schemas"]["dbv0.0.38_association_short_info"];
            };
            /** @description Information about controller */
            controller?: {
                /** @description Hostname */
                host?: string;
                /** @description Port number */
                port?: number;
            };
            /** @description List of properties of cluster */
            flags?: string[];
            /** @description Cluster name */
            name?: string;
            /** @description Assigned nodes */
            nodes?: string;
            /** @description Number rpc version */
            rpc_version?: number;
            /** @description Configured select plugin */
            select_plugin?: string;
            /** @description List of TRES in cluster */
            tres?: components["schemas"]["dbv0.0.38_response_tres"][];
        };
        "dbv0.0.38_clusters_properties": {
            clusters?: components["schemas"]["dbv0.0.38_cluster_info"];
        };
        "dbv0.0.38_config_info": {
            /** @description Array of accounts */
            accounts?: components["schemas"]["dbv0.0.38_account"][];
            /** @description Array of associations */
            associations?: components["schemas"]["dbv0.0.38_association"][];
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            /** @description Array of qos */
            qos?: components["schemas"]["dbv0.0.38_qos"][];
            /** @description Array of TRES */
            tres?: components["schemas"]["dbv0.0.38_tres_list"][];
            /** @description Array of users */
            users?: components["schemas"]["dbv0.0.38_user"][];
            /** @description Array of wckeys */
            wckeys?: components["schemas"]["dbv0.0.38_wckey"][];
        };
        "dbv0.0.38_config_response": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_coordinator_info": {
            /** @description If user is coordinator of this account directly or coordinator status was inheirted from a higher account in the tree */
            direct?: number;
            /** @description Name of user */
            name?: string;
        };
        "dbv0.0.38_diag": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            statistics?: {
                rollups?: {
                    /** @description Timestamp of last cycle */
                    last_cycle?: number;
                    /** @description Timestamp of last rollup */
                    last_run?: number;
                    /** @description Max time of all cycles */
                    max_cycle?: number;
                    /** @description Average time (s) of cycle */
                    mean_cycles?: number;
                    /** @description Total time (s) spent doing rollup */
                    total_time?: number;
                    /** @description Type of rollup */
                    type?: string;
                }[];
                RPCs?: {
                    /** @description Number of RPCs */
                    count?: number;
                    /** @description RPC type */
                    rpc?: string;
                    /** @description Time values */
                    time?: {
                        /** @description Average time spent processing this RPC type */
                        average?: number;
                        /** @description Total time spent processing this RPC type */
                        total?: number;
                    };
                }[];
                /** @description Unix timestamp of start time */
                time_start?: number;
                users?: {
                    /** @description Number of RPCs */
                    count?: number;
                    /** @description Time values */
                    time?: {
                        /** @description Average time spent processing each user RPC */
                        average?: number;
                        /** @description Total time spent processing each user RPC */
                        total?: number;
                    };
                    /** @description User name */
                    user?: string;
                }[];
            };
        };
        "dbv0.0.38_error": {
            /** @description Explaination of cause of error */
            description?: string;
            /** @description Error message */
            error?: string;
            /** @description Slurm internal error number */
            error_number?: number;
            /** @description Where error occured in the source */
            source?: string;
        };
        /** @description Slurm errors */
        "dbv0.0.38_errors": components["schemas"]["dbv0.0.38_error"][];
        /** @description Single job description */
        "dbv0.0.38_job": {
            /** @description Account charged by job */
            account?: string;
            /** @description Nodes allocated to job */
            allocation_nodes?: string;
            /** @description Array properties (optional) */
            array?: {
                /** @description Job id of array */
                job_id?: number;
                /** @description Limits on array settings */
                limits?: {
                    /** @description Limits on array settings */
                    max?: {
                        /** @description Limits on array settings */
                        running?: {
                            /** @description Max running tasks in array at any one time */
                            tasks?: number;
                        };
                    };
                };
                /** @description Array task */
                task?: string;
                /** @description Array task id */
                task_id?: number;
            };
            association?: components["schemas"]["dbv0.0.38_association_short_info"];
            /** @description Assigned cluster */
            cluster?: string;
            /** @description Job comments by type */
            comment?: {
                /** @description Administrator set comment */
                administrator?: string;
                /** @description Job comment */
                job?: string;
                /** @description System set comment */
                system?: string;
            };
            /** @description Constraints on job */
            constraints?: string;
            /** @description absolute path to OCI container bundle */
            container?: string;
            derived_exit_code?: components["schemas"]["dbv0.0.38_job_exit_code"];
            exit_code?: components["schemas"]["dbv0.0.38_job_exit_code"];
            /** @description List of properties of job */
            flags?: string[];
            /** @description User's group to run job */
            group?: string;
            /** @description Heterogeneous Job details (optional) */
            het?: {
                /** @description Parent HetJob id */
                job_id?: number;
                /** @description Offset of this job to parent */
                job_offset?: number;
            };
            /** @description Job id */
            job_id?: number;
            /** @description User who requested job killed */
            kill_request_user?: string;
            /** @description Multi-Category Security */
            mcs?: {
                /** @description Assigned MCS label */
                label?: string;
            };
            /** @description Assigned job name */
            name?: string;
            /** @description List of nodes allocated for job */
            nodes?: string;
            /** @description Assigned job's partition */
            partition?: string;
            /** @description Priority */
            priority?: number;
            /** @description Assigned qos name */
            qos?: string;
            /** @description Job run requirements */
            required?: {
                /** @description Required number of CPUs */
                CPUs?: number;
                /** @description Required amount of memory (MiB) */
                memory?: number;
            };
            /** @description Reservation usage details */
            reservation?: {
                /** @description Database id of reservation */
                id?: number;
                /** @description Name of reservation */
                name?: number;
            };
            /** @description State properties of job */
            state?: {
                /** @description Current state of job */
                current?: string;
                /** @description Last reason job didn't run */
                reason?: string;
            };
            /** @description Job step description */
            steps?: components["schemas"]["dbv0.0.38_job_step"][];
            /** @description Time properties */
            time?: {
                /** @description Total time elapsed */
                elapsed?: number;
                /** @description Total time eligible to run */
                eligible?: number;
                /** @description Timestamp of when job ended */
                end?: number;
                /** @description Job wall clock time limit */
                limit?: number;
                /** @description Timestamp of when job started */
                start?: number;
                /** @description Timestamp of when job submitted */
                submission?: number;
                /** @description Timestamp of when job last suspended */
                suspended?: number;
                /** @description System time values */
                system?: {
                    /** @description Total number of CPU-seconds used by the system on behalf of the process (in kernel mode), in microseconds */
                    microseconds?: number;
                    /** @description Total number of CPU-seconds used by the system on behalf of the process (in kernel mode), in seconds */
                    seconds?: number;
                };
                /** @description System time values */
                total?: {
                    /** @description Total number of CPU-seconds used by the job, in microseconds */
                    microseconds?: number;
                    /** @description Total number of CPU-seconds used by the job, in seconds */
                    seconds?: number;
                };
                /** @description User land time values */
                user?: {
                    /** @description Total number of CPU-seconds used by the job in user land, in microseconds */
                    microseconds?: number;
                    /** @description Total number of CPU-seconds used by the job in user land, in seconds */
                    seconds?: number;
                };
            };
            /** @description TRES settings */
            tres?: {
                allocated?: components["schemas"]["dbv0.0.38_tres_list"];
                requested?: components["schemas"]["dbv0.0.38_tres_list"];
            };
            /** @description Job user */
            user?: string;
            /** @description Job assigned wckey details */
            wckey?: {
                /** @description wckey flags */
                flags?: string[];
                /** @description Job assigned wckey */
                wckey?: string;
            };
            /** @description Directory where job was initially started */
            working_directory?: string;
        };
        "dbv0.0.38_job_exit_code": {
            /** @description Return code from parent process */
            return_code?: number;
            /** @description Signal details (if signaled) */
            signal?: {
                /** @description Name of signal received */
                name?: string;
                /** @description Signal number process received */
                signal_id?: number;
            };
            /** @description Job exit status */
            status?: string;
        };
        "dbv0.0.38_job_info": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            /** @description Array of jobs */
            jobs?: components["schemas"]["dbv0.0.38_job"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_job_step": {
            /** @description CPU properties */
            CPU?: {
                /** @description CPU governor */
                governor?: string[];
                /** @description CPU frequency requested */
                requested_frequency?: {
                    /** @description Max CPU frequency */
                    max?: number;
                    /** @description Min CPU frequency */
                    min?: number;
                };
            };
            exit_code?: components["schemas"]["dbv0.0.38_job_exit_code"];
            /** @description User who requested job killed */
            kill_request_user?: string;
            /** @description Node details */
            nodes?: {
                /** @description Total number of nodes in step */
                count?: number;
                /** @description Nodes in step */
                range?: string;
            };
            /** @description First process PID */
            pid?: string;
            /** @description State of job step */
            state?: string;
            /** @description Statistics of job step */
            statistics?: {
                /** @description Statistics of CPU */
                CPU?: {
                    /** @description Actual frequency of CPU during step */
                    actual_frequency?: number;
                };
                /** @description Statistics of energy */
                energy?: {
                    /** @description Energy consumed during step */
                    consumed?: number;
                };
            };
            /** @description Step details */
            step?: {
                /** @description Heterogeneous job details */
                het?: {
                    /** @description Parent HetJob component id */
                    component?: number;
                };
                /** @description Step id */
                id?: string;
                /** @description Parent job id */
                job_id?: number;
                /** @description Step name */
                name?: string;
            };
            /** @description Task distribution properties */
            task?: string;
            /** @description Task properties */
            tasks?: {
                /** @description Number of tasks in step */
                count?: number;
            };
            /** @description Time properties */
            time?: {
                /** @description Total time elapsed */
                elapsed?: number;
                /** @description Timestamp of when job ended */
                end?: number;
                /** @description Timestamp of when job started */
                start?: number;
                /** @description Timestamp of when job last suspended */
                suspended?: number;
                /** @description System time values */
                system?: {
                    /** @description Total number of CPU-seconds used by the system on behalf of the process (in kernel mode), in microseconds */
                    microseconds?: number;
                    /** @description Total number of CPU-seconds used by the system on behalf of the process (in kernel mode), in seconds */
                    seconds?: number;
                };
                /** @description System time values */
                total?: {
                    /** @description Total number of CPU-seconds used by the job, in microseconds */
                    microseconds?: number;
                    /** @description Total number of CPU-seconds used by the job, in seconds */
                    seconds?: number;
                };
                /** @description User land time values */
                user?: {
                    /** @description Total number of CPU-seconds used by the job in user land, in microseconds */
                    microseconds?: number;
                    /** @description Total number of CPU-seconds used by the job in user land, in seconds */
                    seconds?: number;
                };
            };
            /** @description TRES usage */
            tres?: {
                allocated?: components["schemas"]["dbv0.0.38_tres_list"];
                /** @description TRES requested for job */
                consumed?: {
                    average?: components["schemas"]["dbv0.0.38_tres_list"];
                    max?: components["schemas"]["dbv0.0.38_tres_list"];
                    min?: components["schemas"]["dbv0.0.38_tres_list"];
                    total?: components["schemas"]["dbv0.0.38_tres_list"];
                };
                /** @description TRES requested for job */
                requested?: {
                    average?: components["schemas"]["dbv0.0.38_tres_list"];
                    max?: components["schemas"]["dbv0.0.38_tres_list"];
                    min?: components["schemas"]["dbv0.0.38_tres_list"];
                    total?: components["schemas"]["dbv0.0.38_tres_list"];
                };
            };
        };
        "dbv0.0.38_meta": {
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
        /** @description QOS description */
        "dbv0.0.38_qos": {
            /** @description QOS description */
            description?: string;
            /** @description List of properties of QOS */
            flags?: string[];
            /** @description Database id */
            id?: string;
            /** @description Assigned limits */
            limits?: {
                /** @description factor to apply to TRES count for associations using this QOS */
                factor?: number;
                /** @description Limits on max settings */
                max?: {
                    /** @description Limits on accruing priority */
                    accruing?: {
                        /** @description Max accuring priority per setting */
                        per?: {
                            /** @description Max accuring priority per account */
                            account?: number;
                            /** @description Max accuring priority per user */
                            user?: number;
                        };
                    };
                    /** @description Limits on jobs settings */
                    jobs?: {
                        /** @description Limits on active jobs settings */
                        active_jobs?: {
                            /** @description Limits on active jobs per settings */
                            per?: {
                                /** @description Max jobs per account */
                                account?: number;
                                /** @description Max jobs per user */
                                user?: number;
                            };
                        };
                    };
                    /** @description Limits on TRES */
                    tres?: {
                        /** @description Max TRES minutes settings */
                        minutes?: {
                            /** @description Max TRES minutes per settings */
                            per?: {
                                account?: components["schemas"]["dbv0.0.38_tres_list"];
                                job?: components["schemas"]["dbv0.0.38_tres_list"];
                                qos?: components["schemas"]["dbv0.0.38_tres_list"];
                                user?: components["schemas"]["dbv0.0.38_tres_list"];
                            };
                        };
                        /** @description Max TRES per settings */
                        per?: {
                            account?: components["schemas"]["dbv0.0.38_tres_list"];
                            job?: components["schemas"]["dbv0.0.38_tres_list"];
                            node?: components["schemas"]["dbv0.0.38_tres_list"];
                            user?: components["schemas"]["dbv0.0.38_tres_list"];
                        };
                    };
                    /** @description Limit on wallclock settings */
                    wall_clock?: {
                        /** @description Limit on wallclock per settings */
                        per?: {
                            /** @description Max wallclock per job */
                            job?: number;
                            /** @description Max wallclock per QOS */
                            qos?: number;
                        };
                    };
                };
                /** @description Min limit settings */
                min?: {
                    /** @description Min priority threshold */
                    priority_threshold?: number;
                    /** @description Min tres settings */
                    tres?: {
                        /** @description Min tres per settings */
                        per?: {
                            job?: components["schemas"]["dbv0.0.38_tres_list"];
                        };
                    };
                };
            };
            /** @description Assigned name of QOS */
            name?: string;
            /** @description Preemption settings */
            preempt?: {
                /** @description Grace period (s) before jobs can preempted */
                exempt_time?: number;
                /** @description List of preemptable QOS */
                list?: string[];
                /** @description List of preemption modes */
                mode?: string[];
            };
            /** @description QOS priority */
            priority?: number;
            /** @description Usage factor */
            usage_factor?: number;
            /** @description Usage threshold */
            usage_threshold?: number;
        };
        "dbv0.0.38_qos_info": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            /** @description Array of QOS */
            qos?: components["schemas"]["dbv0.0.38_qos"][];
        };
        "dbv0.0.38_response_account_delete": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_response_associations": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_response_associations_delete": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            /** @description the associations */
            removed_associations?: string[];
        };
        "dbv0.0.38_response_cluster_add": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_response_cluster_delete": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_response_qos": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_response_qos_delete": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_response_tres": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_response_user_delete": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_response_user_update": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_response_wckey_add": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_response_wckey_delete": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
        };
        "dbv0.0.38_set_config": {
            accounts?: components["schemas"]["dbv0.0.38_update_account"][];
            associations?: components["schemas"]["dbv0.0.38_association"][];
            clusters?: components["schemas"]["dbv0.0.38_clusters_properties"][];
            qos?: components["schemas"]["dbv0.0.38_qos"][];
            TRES?: components["schemas"]["dbv0.0.38_tres_list"][];
            users?: components["schemas"]["dbv0.0.38_user"][];
            wckeys?: components["schemas"]["dbv0.0.38_wckey"][];
        };
        "dbv0.0.38_tres_info": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            tres?: components["schemas"]["dbv0.0.38_tres_list"];
        };
        /** @description TRES list of attributes */
        "dbv0.0.38_tres_list": {
            /** @description count of TRES */
            count?: number;
            /** @description database id */
            id?: number;
            /** @description TRES name (optional) */
            name?: string;
            /** @description TRES type */
            type?: string;
        }[];
        "dbv0.0.38_tres_update": {
            tres?: components["schemas"]["dbv0.0.38_tres_list"];
        };
        "dbv0.0.38_update_account": {
            accounts?: components["schemas"]["dbv0.0.38_account"][];
        };
        "dbv0.0.38_update_qos": {
            qos?: components["schemas"]["dbv0.0.38_qos"][];
        };
        "dbv0.0.38_update_users": {
            users?: components["schemas"]["dbv0.0.38_user"][];
        };
        /** @description User description */
        "dbv0.0.38_user": {
            /** @description Description of administrator level */
            administrator_level?: string;
            /** @description Assigned associations */
            associations?: components["schemas"]["dbv0.0.38_association_short_info"][];
            /** @description List of assigned coordinators */
            coordinators?: components["schemas"]["dbv0.0.38_coordinator_info"][];
            /** @description Default settings */
            default?: {
                /** @description Default account name */
                account?: string;
                /** @description Default wckey */
                wckey?: string;
            };
            /** @description List of properties of user */
            flags?: string[];
            /** @description User name */
            name?: string;
        };
        "dbv0.0.38_user_info": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            /** @description Array of users */
            users?: components["schemas"]["dbv0.0.38_user"][];
        };
        "dbv0.0.38_wckey": {
            /** @description List of accounting records */
            accounting?: components["schemas"]["dbv0.0.38_accounting"][];
            /** @description Cluster name */
            cluster?: string;
            /** @description List of properties of wckey */
            flags?: string[];
            /** @description wckey database unique id */
            id?: number;
            /** @description wckey name */
            name?: string;
            /** @description wckey user */
            user?: string;
        };
        "dbv0.0.38_wckey_info": {
            /** @description Slurm errors */
            errors?: components["schemas"]["dbv0.0.38_error"][];
            meta?: components["schemas"]["v0.0.38_meta"];
            /** @description List of wckeys */
            wckeys?: components["schemas"]["dbv0.0.38_wckey"][];
        };
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
    slurmdb_v0_0_38_get_account: {
        parameters: {
            query?: {
                /** @description Include deleted accounts. False by default. */
                with_deleted?: boolean;
            };
            header?: never;
            path: {
                /** @description Slurm Account Name */
                account_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_account_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_account_info"];
                };
            };
            /** @description Account not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_delete_account: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm Account Name */
                account_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_account_delete"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_account_delete"];
                };
            };
            /** @description Unable to delete account */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_accounts: {
        parameters: {
            query?: {
                /** @description Include deleted accounts. False by default. */
                with_deleted?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_account_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_account_info"];
                };
            };
            /** @description Account not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_update_account: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description update/create accounts */
        requestBody: {
            content: {
                "application/json": components["schemas"]["dbv0.0.38_update_account"];
                "application/x-yaml": components["schemas"]["dbv0.0.38_update_account"];
            };
        };
        responses: {
            /** @description Add/update list of accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_account_response"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_account_response"];
                };
            };
            /** @description Unable to add or update accounts */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_association: {
        parameters: {
            query?: {
                /** @description Account name */
                account?: string;
                /** @description Cluster name */
                cluster?: string;
                /** @description Partition Name */
                partition?: string;
                /** @description User name */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of associations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_associations_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_associations_info"];
                };
            };
            /** @description Association not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_delete_association: {
        parameters: {
            query?: {
                /** @description Account name */
                account?: string;
                /** @description Cluster name */
                cluster?: string;
                /** @description Partition Name */
                partition?: string;
                /** @description User name */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete associations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_associations_delete"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_associations_delete"];
                };
            };
            /** @description Association not found or unable to delete association */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_associations: {
        parameters: {
            query?: {
                /** @description Account name */
                account?: string;
                /** @description Cluster name */
                cluster?: string;
                /** @description Partition Name */
                partition?: string;
                /** @description User name */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of associations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_associations_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_associations_info"];
                };
            };
            /** @description Association not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_update_associations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Add or update associations */
        requestBody: {
            content: {
                "application/json": components["schemas"]["dbv0.0.38_associations_info"];
                "application/x-yaml": components["schemas"]["dbv0.0.38_associations_info"];
            };
        };
        responses: {
            /** @description status of associations update */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_associations"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_associations"];
                };
            };
            /** @description Unable to update associations */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_delete_associations: {
        parameters: {
            query?: {
                /** @description Account name */
                account?: string;
                /** @description Cluster name */
                cluster?: string;
                /** @description Partition Name */
                partition?: string;
                /** @description User name */
                user?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete associations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_associations_delete"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_associations_delete"];
                };
            };
            /** @description Associations not found or unable to delete association */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_cluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm cluster name */
                cluster_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cluster information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_cluster_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_cluster_info"];
                };
            };
            /** @description Cluster not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_delete_cluster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm cluster name */
                cluster_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete cluster */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_cluster_delete"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_cluster_delete"];
                };
            };
            /** @description Cluster not found or unable to delete cluster */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_clusters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of clusters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_cluster_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_cluster_info"];
                };
            };
            /** @description Cluster not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_add_clusters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Add or update clusters */
        requestBody: {
            content: {
                "application/json": components["schemas"]["dbv0.0.38_clusters_properties"];
                "application/x-yaml": components["schemas"]["dbv0.0.38_clusters_properties"];
            };
        };
        responses: {
            /** @description List of clusters */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_cluster_add"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_cluster_add"];
                };
            };
            /** @description Unable to add cluster */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_config: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description slurmdbd configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_config_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_config_info"];
                };
            };
            /** @description Unable to dump config */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_set_config: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Add or update config */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["dbv0.0.38_set_config"];
                "application/x-yaml": components["schemas"]["dbv0.0.38_set_config"];
            };
        };
        responses: {
            /** @description Load config */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_config_response"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_config_response"];
                };
            };
            /** @description Unable to set config */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_diag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dictionary of statistics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_diag"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_diag"];
                };
            };
            /** @description Unable to query diagnostics */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_job: {
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
            /** @description Job description */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_job_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_job_info"];
                };
            };
            /** @description Unable to find job */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_jobs: {
        parameters: {
            query?: {
                /** @description Comma delimited list of accounts to match */
                account?: string;
                /** @description Comma delimited list of associations to match */
                association?: string;
                /** @description Comma delimited list of cluster to match */
                cluster?: string;
                /** @description Comma delimited list of constraints to match */
                constraints?: string;
                /** @description Number of CPUs high range */
                cpus_max?: string;
                /** @description Number of CPUs low range */
                cpus_min?: string;
                /** @description Disable waiting for result from slurmdbd */
                disable_wait_for_result?: boolean;
                /**
                 * @description Filter by end time
                 *      Accepted formats:
                 *      HH:MM[:SS] [AM|PM]
                 *     MMDD[YY] or MM/DD[/YY] or MM.DD[.YY]
                 *     MM/DD[/YY]-HH:MM[:SS]
                 *     YYYY-MM-DD[THH:MM[:SS]]
                 */
                end_time?: string;
                /** @description Exit code of job */
                exit_code?: string;
                /** @description Comma delimited list of formats to match */
                format?: string;
                /** @description Comma delimited list of groups to match */
                group?: string;
                /** @description Comma delimited list of job names to match */
                job_name?: string;
                /** @description Comma delimited list of used nodes to match */
                node?: string;
                /** @description Number of nodes high range */
                nodes_max?: string;
                /** @description Number of nodes low range */
                nodes_min?: string;
                /** @description Comma delimited list of partitions to match */
                partition?: string;
                /** @description Comma delimited list of QOS to match */
                qos?: string;
                /** @description Comma delimited list of job reasons to match */
                reason?: string;
                /** @description Comma delimited list of reservations to match */
                reservation?: string;
                /** @description Report job step information */
                skip_steps?: boolean;
                /**
                 * @description Filter by start time
                 *      Accepted formats:
                 *      HH:MM[:SS] [AM|PM]
                 *     MMDD[YY] or MM/DD[/YY] or MM.DD[.YY]
                 *     MM/DD[/YY]-HH:MM[:SS]
                 *     YYYY-MM-DD[THH:MM[:SS]]
                 */
                start_time?: string;
                /** @description Comma delimited list of states to match */
                state?: string;
                /** @description Comma delimited list of job steps to match */
                step?: string;
                /**
                 * @description Filter by submission time
                 *      Accepted formats:
                 *      HH:MM[:SS] [AM|PM]
                 *     MMDD[YY] or MM/DD[/YY] or MM.DD[.YY]
                 *     MM/DD[/YY]-HH:MM[:SS]
                 *     YYYY-MM-DD[THH:MM[:SS]]
                 */
                submit_time?: string;
                /** @description Comma delimited list of wckeys to match */
                wckey?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of jobs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_job_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_job_info"];
                };
            };
            /** @description Unable to query jobs */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_qos: {
        parameters: {
            query?: {
                /** @description Include deleted QOSs. False by default. */
                with_deleted?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of QOS' */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_qos_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_qos_info"];
                };
            };
            /** @description QOS not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_update_qos: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Add or update QOSs */
        requestBody: {
            content: {
                "application/json": components["schemas"]["dbv0.0.38_update_qos"];
                "application/x-yaml": components["schemas"]["dbv0.0.38_update_qos"];
            };
        };
        responses: {
            /** @description QOS update response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_qos"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_qos"];
                };
            };
            /** @description Unable to update QOSs */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_single_qos: {
        parameters: {
            query?: {
                /** @description Include deleted QOSs. False by default. */
                with_deleted?: boolean;
            };
            header?: never;
            path: {
                /** @description Slurm QOS Name */
                qos_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QOS information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_qos_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_qos_info"];
                };
            };
            /** @description QOS not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_delete_qos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm QOS Name */
                qos_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete qos */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_qos_delete"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_qos_delete"];
                };
            };
            /** @description Unable to delete QOS */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_tres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of TRES */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_tres_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_tres_info"];
                };
            };
            /** @description Unable to retrieve TRES */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    slurmdb_v0_0_38_update_tres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Add or Update TRES */
        requestBody: {
            content: {
                "application/json": components["schemas"]["dbv0.0.38_tres_update"];
                "application/x-yaml": components["schemas"]["dbv0.0.38_tres_update"];
            };
        };
        responses: {
            /** @description List of TRES */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_tres"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_tres"];
                };
            };
            /** @description Unable to update TRES */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_user: {
        parameters: {
            query?: {
                /** @description Include deleted users. False by default. */
                with_deleted?: boolean;
            };
            header?: never;
            path: {
                /** @description Slurm User Name */
                user_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_user_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_user_info"];
                };
            };
            /** @description User not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_delete_user: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm User Name */
                user_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_user_delete"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_user_delete"];
                };
            };
            /** @description User not found or unable to delete user */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_users: {
        parameters: {
            query?: {
                /** @description Include deleted users. False by default. */
                with_deleted?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_user_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_user_info"];
                };
            };
            /** @description User not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_update_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description add or update user */
        requestBody: {
            content: {
                "application/json": components["schemas"]["dbv0.0.38_update_users"];
                "application/x-yaml": components["schemas"]["dbv0.0.38_update_users"];
            };
        };
        responses: {
            /** @description Update users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_user_update"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_user_update"];
                };
            };
            /** @description User not found or not able to update user */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_wckey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm wckey name */
                wckey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of wckey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_wckey_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_wckey_info"];
                };
            };
            /** @description wckey not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_delete_wckey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slurm wckey name */
                wckey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete wckey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_wckey_delete"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_wckey_delete"];
                };
            };
            /** @description wckey not found or unable to delete wckey */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_get_wckeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of wckeys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_wckey_info"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_wckey_info"];
                };
            };
            /** @description wckey not found */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
    slurmdb_v0_0_38_add_wckeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description add wckeys */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["dbv0.0.38_wckey_info"];
                "application/x-yaml": components["schemas"]["dbv0.0.38_wckey_info"];
            };
        };
        responses: {
            /** @description List of wckeys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_response_wckey_add"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_response_wckey_add"];
                };
            };
            /** @description Unable to add wckey */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["dbv0.0.38_errors"];
                    "application/x-yaml": components["schemas"]["dbv0.0.38_errors"];
                };
            };
        };
    };
}
