% Deep Learning sheet 9 - Q17 - Tarek Mansour
x = [0.7 0.5 0.7];
sig = @(z) 1 ./ (1 + exp(-z));
h = zeros(1,3); s = zeros(1,3); y = zeros(1,3);
hp = 0; sp = 0;
for t = 1:3
  g = sig(0.1 + 0.3*x(t) - 0.3*hp);
  f = sig(0 + 0.25*x(t) + 0.3*hp);
  q = sig(0.2 + 0.4*x(t) + 0.3*hp);
  c = sig(1 + 0.01*x(t) + 0.1*hp);   % cell input
  s(t) = f*sp + g*c;
  h(t) = max(s(t), 0) * q;
  y(t) = sig(5*h(t) - 1);
  fprintf('g[%d] = %.4f\nf[%d] = %.4f\nq[%d] = %.4f\nc[%d] = %.4f\ns[%d] = %.4f\nh[%d] = %.4f\ny[%d] = %.4f\n\n', ...
          t, g, t, f, t, q, t, c, t, s(t), t, h(t), t, y(t));
  hp = h(t); sp = s(t);
end
h
y
plot(1:3, h, 'o-', 1:3, y, 's-'); legend('h', 'y'); xlabel('t');
print -dpng lstm_plot.png
