import type { ButtonHTMLAttributes, ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';
import './buttons.css';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  icon?: LucideIcon;
  children: ReactNode;
}

export function Button({ variant = 'secondary', icon: Icon, children, className, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')} {...rest}>
      {Icon ? <Icon size={16} aria-hidden="true" strokeWidth={2} /> : null}
      <span>{children}</span>
    </button>
  );
}
