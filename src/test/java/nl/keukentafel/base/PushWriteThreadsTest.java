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
        BeanPostProcessor processor = PushWriteThreads.pushWriteThreadWait(
                new MockEnvironment().withProperty("keukentafel.push.write-thread-wait", "50ms"));
        ServletRegistrationBean<VaadinServlet> vaadin = new ServletRegistrationBean<>(new VaadinServlet(), "/*");

        processor.postProcessAfterInitialization(vaadin, "servletRegistrationBean");

        assertThat(vaadin.getInitParameters()).containsEntry(ApplicationConfig.BROADCASTER_WAIT_TIME, "50");
    }

    @Test
    void withoutASettingTheWaitIs20Milliseconds() {
        BeanPostProcessor processor = PushWriteThreads.pushWriteThreadWait(new MockEnvironment());
        ServletRegistrationBean<VaadinServlet> vaadin = new ServletRegistrationBean<>(new VaadinServlet(), "/*");

        processor.postProcessAfterInitialization(vaadin, "servletRegistrationBean");

        assertThat(vaadin.getInitParameters()).containsEntry(ApplicationConfig.BROADCASTER_WAIT_TIME, "20");
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
}
