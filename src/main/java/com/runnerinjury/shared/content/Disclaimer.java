package com.runnerinjury.shared.content;

/** The notice every health-content detail response carries. */
public final class Disclaimer {

    public static final String TEXT = "This is general information about running injuries, gathered from published "
            + "articles. It is not a diagnosis or a treatment plan and does not replace advice from a doctor or other "
            + "qualified health professional. See one for severe, lasting or worsening pain, or before starting a "
            + "new treatment.";

    private Disclaimer() {
    }
}
