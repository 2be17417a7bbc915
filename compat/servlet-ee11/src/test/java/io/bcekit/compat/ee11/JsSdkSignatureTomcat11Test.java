package io.bcekit.compat.ee11;

import io.bcekit.servlet.JsSdkSignatureTomcat10Test;

/** JS SDK requests on embedded Tomcat 11, stock connector: every request verifies. */
class JsSdkSignatureTomcat11Test extends JsSdkSignatureTomcat10Test {
}
