package nl.keukentafel.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.VaadinServlet;
import jakarta.servlet.http.HttpServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.mock.env.MockEnvironment;

/** The running server's value is checked by PushSetupIT; this covers the setting itself. */
class PushWriteThreadsTest {

    @Test
    void theVaadinServletTellsAtmosphereTheConfiguredWaitInMilliseconds() {
        assertThat(waitGivenToAtmosphere(
                        new MockEnvironment().withProperty("keukentafel.push.write-thread-wait", "50ms")))
                .isEqualTo("50");
    }

    @Test
    void withoutASettingTheWaitIs20Milliseconds() {
        assertThat(waitGivenToAtmosphere(new MockEnvironment())).isEqualTo("20");
    }

    @Test
    void otherServletsAreLeftAlone() {
        BeanPostProcessor processor = PushWriteThreads.pushWriteThreadWait(new MockEnvironment());
        ServletRegistrationBean<HttpServlet> other = new ServletRegistrationBean<>(new HttpServlet() {}, "/other");

        processor.postProcessAfterInitialization(other, "other");

        assertThat(other.getInitParameters()).doesNotContainKey(ApplicationConfig.BROADCASTER_WAIT_TIME);
    }

    @Test
    void aNegativeWaitStopsTheStartWithTheSettingsName() {
        MockEnvironment environment = new MockEnvironment().withProperty("keukentafel.push.write-thread-wait", "-5ms");

        assertThatThrownBy(() -> PushWriteThreads.pushWriteThreadWait(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("keukentafel.push.write-thread-wait");
    }

    private static String waitGivenToAtmosphere(MockEnvironment environment) {
        ServletRegistrationBean<VaadinServlet> vaadin = new ServletRegistrationBean<>(new VaadinServlet(), "/*");
        PushWriteThreads.pushWriteThreadWait(environment).postProcessAfterInitialization(vaadin, "vaadin");
        return vaadin.getInitParameters().get(ApplicationConfig.BROADCASTER_WAIT_TIME);
    }
}
