package nl.keukentafel.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Tomcat frame-buffer default; that the settings reach the running server is checked in PushSetupIT. */
class ConnectionBuffersTest {

    @Test
    void tomcatFrameBuffersAreSetOnlyWhenNotGivenOnTheCommandLine() {
        String before = System.getProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER);
        try {
            System.clearProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER);
            ConnectionBuffers.applyBeforeStart();
            assertThat(System.getProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER))
                    .isEqualTo("4096");

            System.setProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER, "16384");
            ConnectionBuffers.applyBeforeStart();
            assertThat(System.getProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER))
                    .isEqualTo("16384");
        } finally {
            if (before == null) {
                System.clearProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER);
            } else {
                System.setProperty(ConnectionBuffers.TOMCAT_FRAME_BUFFER, before);
            }
        }
    }
}
