package org.wsisanalytics.app.job;

/**
 * The two partitioned stages of the job, with the names of their steps and what the progress log counts.
 * The step names are stored in the job repository (a restart finds its partitions by them): never rename one.
 */
enum Stage {
    INGEST("ingest", "documents"),
    ANALYZE("analyze", "sessions");

    private final String label;
    private final String unit;

    Stage(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** The name the progress log shows: "ingest", "analyze". */
    String label() {
        return label;
    }

    /** What the stage's items are, in the progress log: "documents", "sessions". */
    String unit() {
        return unit;
    }

    /** The manager step: {@code ingestStep}, {@code analyzeStep}. */
    String stepName() {
        return label + "Step";
    }

    /** The worker step, run once per partition as {@code ingestWorkerStep:partitionN}. */
    String workerStepName() {
        return label + "WorkerStep";
    }
}
